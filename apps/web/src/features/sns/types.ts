// Wire shape of `GET /integrations/sns/subscriptions`, which @vigil/contracts does not describe
// yet. It mirrors apps/api's sns-intake.service.ts (`SnsSubscription`); move it to contracts.

export interface SnsSubscription {
  messageId: string;
  topicArn: string;
  status: 'pending' | 'confirmed' | 'failed';
  receivedAt: string;
  confirmedAt: string | null;
  lastError: string | null;
}
