/** English template → Chinese template (see `MESSAGES_ZH` for the placeholders). */
export type MessageTable = readonly (readonly [english: string, chinese: string])[];
