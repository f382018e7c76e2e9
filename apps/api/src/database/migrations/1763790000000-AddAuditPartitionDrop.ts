import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention drops whole expired months. Dropping a table needs its owner, so with a separate
 * migration role the app calls this function (SECURITY DEFINER, granted to the app alone by
 * grantAppRole), which drops nothing but a monthly partition of the audit log.
 */
export class AddAuditPartitionDrop1763790000000 implements MigrationInterface {
  name = 'AddAuditPartitionDrop1763790000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION vigil_drop_audit_partition(partition_name text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF partition_name !~ '^audit_event_[0-9]{4}_[0-9]{2}$' OR NOT EXISTS (
          SELECT 1 FROM pg_inherits i
            JOIN pg_class child ON child.oid = i.inhrelid
            JOIN pg_class parent ON parent.oid = i.inhparent
           WHERE parent.relname = 'audit_event' AND child.relname = partition_name
        ) THEN
          RAISE EXCEPTION '% is not a monthly partition of the audit log', partition_name
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('DROP TABLE %I', partition_name);
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP FUNCTION vigil_drop_audit_partition(text)');
  }
}
