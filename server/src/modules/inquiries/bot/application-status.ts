// Lives with the applications (no import cycle with bot.ts); kept here so the bot's imports stay as they are.
export { applicationStatusAnswer, asksApplicationStatus } from '../../applications/application-status.js';
