/** An expected failure whose Indonesian message is shown as is, without a stack trace (exit 2). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
