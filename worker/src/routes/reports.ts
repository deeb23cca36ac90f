import { createRouter } from '../router';

export const reports = createRouter();
