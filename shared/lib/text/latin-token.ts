/**
 * A run of Latin letters and digits starting with a letter, with inner hyphens or dots: DeepSeek, GPT-4,
 * HBM3E, U.S. Inside Korean text such tokens survive translation as they are.
 */
export const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/g
