export const incidentPath = (id: string) => `/incidents/${encodeURIComponent(id)}`;

/** The alert opened in the alerts page's drawer. */
export const alertPath = (id: string) => `/alerts?alert=${encodeURIComponent(id)}`;
