import type { Page } from 'playwright-core';

/** The side panel page, driven the way a person uses it: by labels, roles and visible text. */
export class SidePanel {
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    readonly url: string,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text());
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  async open(hash = '#/') {
    await this.page.goto(`${this.url}${hash}`);
    await this.page.locator('main').waitFor();
  }

  async createInterview(fields: { company: string; role?: string; round?: string; date?: string; time?: string }) {
    await this.page.getByRole('link', { name: 'New interview' }).click();
    await this.page.getByLabel('Company').fill(fields.company);
    if (fields.role) await this.page.getByLabel('Role').fill(fields.role);
    if (fields.round) await this.page.getByLabel('Round').fill(fields.round);
    if (fields.date) await this.page.getByLabel('Date').fill(fields.date);
    if (fields.time) await this.page.getByLabel('Start time').fill(fields.time);
    await this.page.getByRole('button', { name: 'Create interview' }).click();
  }

  async addPerson(fields: { name: string; title?: string; interviewer?: boolean }) {
    await this.page.getByRole('button', { name: 'Add a person' }).click();
    const form = this.page.locator('form', { has: this.page.getByRole('button', { name: 'Add person' }) });
    await form.getByLabel('Name').fill(fields.name);
    if (fields.title) await form.getByLabel('Title').fill(fields.title);
    if (fields.interviewer === false) await form.getByLabel('Interviewer in this round').uncheck();
    await form.getByRole('button', { name: 'Add person' }).click();
    await this.page.locator('.person-card', { hasText: fields.name }).waitFor();
  }

  async addQuestion(text: string) {
    await this.page.getByLabel('New question').fill(text);
    await this.page.getByRole('button', { name: 'Add question' }).click();
    await this.page.locator('.question', { hasText: text }).waitFor();
  }

  questionTexts() {
    return this.page.locator('.question .text-block').allInnerTexts();
  }

  peopleNames() {
    return this.page.locator('.person-card .card-title').allInnerTexts();
  }
}
