/** The languages the app tells apart. `other` covers pages that are neither Korean nor English. */
export type Language = 'ko' | 'en' | 'other'
