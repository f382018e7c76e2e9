export const incidentPath = (id: string) => `/incidents/${encodeURIComponent(id)}`;

/** The alert opened in the alerts page's drawer. */
export const alertPath = (id: string) => `/alerts?alert=${encodeURIComponent(id)}`;

/** The incident as a page to print or save as PDF (served by the API, opened in a new tab). */
export const incidentReportUrl = (id: string, language: 'en' | 'fr') =>
  `/api/v1/incidents/${encodeURIComponent(id)}/report?lang=${language}`;
