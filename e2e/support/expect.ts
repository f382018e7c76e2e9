import type { Page } from 'playwright-core';
import type { PageProblems } from './browser';

/** No console error and no uncaught error, besides the ones a test expects (`allowed`). */
export const expectNoProblems = (problems: PageProblems, allowed: RegExp[] = []): void => {
  expect({
    consoleErrors: problems.consoleErrors.filter((e) => !allowed.some((re) => re.test(e))),
    pageErrors: problems.pageErrors,
  }).toEqual({ consoleErrors: [], pageErrors: [] });
};

export const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });
