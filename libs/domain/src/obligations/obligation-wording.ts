import type { Obligation } from '@vigil/contracts';
import {
  CLOCK_MISSING_FR,
  CLOCK_SINCE_FR,
  CONDITIONS_FR,
  RECIPIENTS_FR,
  RESPONSE_FR,
  RULES_FR,
  SETTLED_FR,
} from './french-wording.js';
import type { ObligationRuleId } from './rules.js';

/** The parts of an obligation the server words (in English, as stored with each evaluation). */
export type WordedObligation = Pick<Obligation, 'rule' | 'title'> &
  Partial<Pick<Obligation, 'recipient' | 'legalBasis' | 'deadlineLabel' | 'because'>>;

export type ObligationWording = {
  [K in 'title' | 'recipient' | 'legalBasis' | 'deadlineLabel' | 'because']?: string | null;
};

const ruleWording = (rule: string) =>
  Object.hasOwn(RULES_FR, rule) ? RULES_FR[rule as ObligationRuleId] : undefined;

const lookup = (table: Readonly<Record<string, string>>, key: string): string | null =>
  Object.hasOwn(table, key) ? (table[key] ?? null) : null;

/** The domain's "15 min", "4 h", "1 d", "1 h 30 min" (response targets). */
const frenchMinutes = (text: string): string => text.replace(/\b(\d+) d\b/, '$1 j');

const RESPONSE_TITLE = /^(Acknowledge|Contain|Resolve) within (.+) \((SEV\d)\)$/;
const RESPONSE_LABEL = /^internal target: (.+) for (SEV\d)$/;
const RESPONSE_BECAUSE =
  /^(SEV\d) response target: (acknowledge|contain|resolve) within (.+) of detection$/;

const frenchTitle = (o: WordedObligation): string | null => {
  const response = RESPONSE_TITLE.exec(o.title);
  if (response) {
    const [, verb, within, severity] = response;
    const frenchVerb = RESPONSE_FR.titles[verb as keyof typeof RESPONSE_FR.titles];
    return `${frenchVerb} en ${frenchMinutes(within!)} (${severity})`;
  }
  return ruleWording(o.rule)?.title ?? null;
};

const frenchRecipient = (o: WordedObligation): string | null => {
  const recipient = o.recipient;
  if (!recipient) return null;
  // A client or a controller is shown by its own name.
  if (recipient.organizationId) return recipient.display;
  return lookup(RECIPIENTS_FR, recipient.display) ?? ruleWording(o.rule)?.recipient ?? null;
};

const frenchLegalBasis = (o: WordedObligation): string | null =>
  o.legalBasis === undefined
    ? null
    : (lookup(RESPONSE_FR.legalBasis, o.legalBasis) ?? ruleWording(o.rule)?.legalBasis ?? null);

const since = (words: string) => lookup(CLOCK_SINCE_FR, words);

const frenchDeadlineLabel = (o: WordedObligation): string | null => {
  const label = o.deadlineLabel;
  if (label === undefined) return null;
  const deadline = ruleWording(o.rule)?.deadline;
  let m: RegExpExecArray | null;
  if ((m = /^(Legal|Contractual) deadline: (\d+(?:\.\d+)?) h from (.+)$/.exec(label))) {
    const from = since(m[3]!);
    const kind = m[1] === 'Legal' ? 'Délai légal' : 'Délai contractuel';
    return from && `${kind} : ${m[2]} h à compter de ${from}`;
  }
  if (
    (m =
      /^Internal target: (\d+(?:\.\d+)?) h from (.+?) — not a legal deadline; the law says /.exec(
        label,
      ))
  ) {
    const from = since(m[2]!);
    return from && deadline
      ? `Cible interne : ${m[1]} h à compter de ${from} — pas un délai légal; la loi dit : ${deadline}`
      : null;
  }
  if ((m = /^Clock not started: (\w+) not recorded$/.exec(label))) {
    const missing = lookup(CLOCK_MISSING_FR, m[1]!);
    return missing && `Horloge non démarrée : ${missing}`;
  }
  if (label.startsWith('No deadline: ')) return deadline ? `Aucun délai : ${deadline}` : null;
  if (label.startsWith('Opened by a person: ')) {
    return deadline ? `Ouverte par une personne : ${deadline}` : null;
  }
  if ((m = /^Kept: (\w+) before the trigger lapsed$/.exec(label))) {
    const settled = lookup(SETTLED_FR, m[1]!);
    return settled && `Conservée : ${settled} avant que le déclencheur cesse de s’appliquer`;
  }
  if (label === 'Retired: the trigger no longer holds') {
    return 'Retirée : le déclencheur ne s’applique plus';
  }
  if (label === 'Suspended: law-enforcement hold (P-39.1 s. 3.5)') {
    return 'Suspendue : enquête policière en cours (P-39.1, art. 3.5)';
  }
  if ((m = RESPONSE_LABEL.exec(label)))
    return `cible interne : ${frenchMinutes(m[1]!)} pour ${m[2]}`;
  return null;
};

const frenchCondition = (phrase: string): string | null => {
  if (phrase === '') return '';
  const exemption = /^Art\. 34\(3\) exemption: (.*)$/.exec(phrase);
  if (exemption) return `exemption de l’art. 34(3) : ${exemption[1]}`;
  const response = RESPONSE_BECAUSE.exec(phrase);
  if (response) {
    const [, severity, target, within] = response;
    const what = RESPONSE_FR.targets[target as keyof typeof RESPONSE_FR.targets];
    return `cible de réponse ${severity} : ${what} dans les ${frenchMinutes(within!)} suivant la détection`;
  }
  return lookup(CONDITIONS_FR, phrase);
};

const frenchBecause = (because: string | undefined): string | null => {
  if (because === undefined) return null;
  const lapsed = because.startsWith('no longer required: ');
  const phrases = (lapsed ? because.slice('no longer required: '.length) : because).split('; ');
  const french = phrases.map(frenchCondition);
  if (french.some((phrase) => phrase === null)) return null;
  return `${lapsed ? 'n’est plus requise : ' : ''}${french.join('; ')}`;
};

/**
 * An obligation's server-written words in French; a part is null when the phrase is not one the
 * domain writes (it then stays in English, rather than be guessed at).
 */
export const frenchObligationWording = (o: WordedObligation): ObligationWording => ({
  title: frenchTitle(o),
  recipient: frenchRecipient(o),
  legalBasis: frenchLegalBasis(o),
  deadlineLabel: frenchDeadlineLabel(o),
  because: frenchBecause(o.because),
});

/** The obligation with the words the domain has in French put in; the rest stays as stored. */
export const inFrench = <T extends WordedObligation>(o: T): T => {
  const french = frenchObligationWording(o);
  return {
    ...o,
    title: french.title ?? o.title,
    ...(o.recipient && french.recipient
      ? { recipient: { ...o.recipient, display: french.recipient } }
      : {}),
    ...(o.legalBasis !== undefined ? { legalBasis: french.legalBasis ?? o.legalBasis } : {}),
    ...(o.deadlineLabel !== undefined
      ? { deadlineLabel: french.deadlineLabel ?? o.deadlineLabel }
      : {}),
    ...(o.because !== undefined ? { because: french.because ?? o.because } : {}),
  };
};
