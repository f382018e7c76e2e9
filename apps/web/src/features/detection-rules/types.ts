// Wire shape of `POST /detection-rules/preview`, which @vigil/contracts does not describe yet. It
// mirrors apps/api's detection-rules.service.ts (`PreviewHit`); move it to contracts when it has it.

export interface DetectionPreviewHit {
  /** The actor, IP or source the rule would have raised an alert about. */
  subject: string;
  source: string;
  at: string;
  count: number;
  title: string;
}

export interface DetectionPreview {
  from: string;
  to: string;
  hits: DetectionPreviewHit[];
}
