import type { PrivacyAssessment } from '../obligations/derive-obligations.js';
import {
  OBLIGATION_RULE_IDS,
  OBLIGATION_RULES,
  type ObligationRuleId,
} from '../obligations/rules.js';
import { buildNoticeContext, type NoticeLayout, type NoticeTemplate } from './notice-context.js';
import { hasNoticeGap, type NoticeLanguage } from './notice-format.js';
import { EN_TEMPLATES } from './notice-templates-en.js';
import { FR_TEMPLATES } from './notice-templates-fr.js';

export {
  NOTICE_GAP_PATTERN,
  findNoticeGaps,
  type NoticeGap,
  type NoticeLanguage,
} from './notice-format.js';

export interface NoticeInput {
  rule: ObligationRuleId;
  language: NoticeLanguage;
  /** The company sending the notice and who answers questions (the DPO); null when unknown. */
  sender: {
    organizationName: string | null;
    contactName: string | null;
    contactEmail: string | null;
    /** Québec enterprise number (NEQ), for the CAI notice (Reg. s. 3(1)); a gap when absent. */
    enterpriseNumber?: string | null;
  };
  /** Who receives it: "Commission d'accès à l'information du Québec", a client org's name, "Affected individuals"… */
  recipient: { display: string; organizationName?: string | null };
  incident: {
    reference: string;
    title: string;
    /** What happened; circumstances and cause when known. */
    summary: string | null;
    category: string | null;
    severity: 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';
    detectedAt: string;
    awareAt: string | null;
    awareAtProcessor: string | null;
    containedAt: string | null;
    recoveredAt: string | null;
  };
  assessment: PrivacyAssessment | null;
  obligation: { clockStartedAt: string | null; dueAt: string | null; targetAt: string | null };
  /** IANA zone used to print times in the text, always with the zone named. */
  timeZone: string;
  /** "now" as RFC 3339: a GDPR_SA notice composed after its dueAt asks for the reasons for the delay. */
  now: string;
  /**
   * Authorities outside Québec already told of the incident (CAI notice, Reg. s. 3(11)). Absent:
   * the text holds a gap; an empty list: the notice says none was notified.
   */
  otherAuthoritiesNotified?: readonly { name: string; sentAt: string | null }[] | null;
}

export interface NoticeContentItem {
  key: string;
  label: string;
  filled: boolean;
}

export interface ComposedNotice {
  subject: string;
  body: string;
  legalSource: string;
  /** One per item the law lists for this notice, in the law's order; filled=false when the text holds a gap for it. */
  contentItems: NoticeContentItem[];
}

type RecordRuleId = 'QC_REGISTER' | 'PIPEDA_RECORD' | 'GDPR_DOCUMENTATION';
export type NoticeRuleId = Exclude<ObligationRuleId, RecordRuleId>;

const TEMPLATES: Record<NoticeLanguage, Record<NoticeRuleId, NoticeTemplate>> = {
  en: EN_TEMPLATES,
  fr: FR_TEMPLATES,
};

/** The rules that have a notice template (every rule of kind 'notice' in rules.ts). */
export const NOTICE_RULES: readonly ObligationRuleId[] = OBLIGATION_RULE_IDS.filter(
  (id) => OBLIGATION_RULES[id].kind === 'notice',
);

export const hasNoticeTemplate = (rule: ObligationRuleId): boolean =>
  OBLIGATION_RULES[rule]?.kind === 'notice' && Object.hasOwn(EN_TEMPLATES, rule);

const isNoticeRule = (rule: ObligationRuleId): rule is NoticeRuleId => hasNoticeTemplate(rule);

const paragraphs = (blocks: readonly string[]) => blocks.filter((block) => block.length > 0);

const bodyOf = (layout: NoticeLayout): string => {
  const sections = layout.sections.map(
    (section, index) =>
      `${layout.numbered ? `${index + 1}. ` : ''}${section.heading}\n${section.text}`,
  );
  return paragraphs([
    layout.header.join('\n'),
    layout.greeting,
    ...layout.intro,
    ...sections,
    ...layout.closing,
    [layout.signOff, '', ...layout.signature].join('\n'),
  ]).join('\n\n');
};

const contentItemsOf = (layout: NoticeLayout): NoticeContentItem[] => {
  const items = layout.sections.flatMap((section) =>
    section.item
      ? [{ key: section.item.key, label: section.item.label, filled: !hasNoticeGap(section.text) }]
      : [],
  );
  const order = layout.lawOrder;
  if (!order) return items;
  return [...items].sort((x, y) => order.indexOf(x.key) - order.indexOf(y.key));
};

/**
 * A first draft of the notice a rule calls for, in English or French, filled from the incident's
 * record. Every content item the law lists is written out; a fact the record lacks becomes a
 * bracketed gap (NOTICE_GAP_PATTERN) and its item is reported unfilled. The DPO reviews it.
 */
export const composeNotice = (input: NoticeInput): ComposedNotice => {
  if (!isNoticeRule(input.rule)) {
    throw new RangeError(`${input.rule} is a record or an unknown rule: it has no notice template`);
  }
  const template = TEMPLATES[input.language]?.[input.rule];
  if (!template) throw new RangeError(`no notice template in language "${input.language}"`);
  const layout = template(buildNoticeContext(input));
  return {
    subject: layout.subject,
    body: bodyOf(layout),
    legalSource: layout.legalSource,
    contentItems: contentItemsOf(layout),
  };
};
