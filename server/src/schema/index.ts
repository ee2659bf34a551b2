// Only imports: each domain module registers its own types, queries and mutations.
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import '../modules/regions/regions.schema.js';
import '../modules/cards/cards.schema.js';
import '../modules/auth/auth.schema.js';
import '../modules/auth/staff.schema.js';
import '../modules/account/account.schema.js';
import '../modules/campaigns/campaigns.schema.js';
import '../modules/applications/applications.schema.js';
import '../modules/applications/applications.files.schema.js';
import '../modules/applications/applications.review.schema.js';
import '../modules/cards/cards.admin.schema.js';
import '../modules/notifications/notifications.schema.js';
import '../modules/films/films.schema.js';
import '../modules/films/films.staff.schema.js';
import '../modules/inquiries/inquiries.schema.js';
import '../modules/inquiries/inquiries.staff.schema.js';
import '../modules/inquiries/bot/bot.schema.js';
import '../modules/inquiries/inquiries.live.schema.js';
import '../modules/audit/audit.schema.js';

export const schema = builder.toSchema({ sortSchema: true });
