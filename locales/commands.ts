import type { Language } from '../domain/language';

/**
 * Words a member may type to interrupt whatever is going on, in any of our languages (a Swede
 * chatting in English may still type "hjälp"). Compared after lower-casing and trimming punctuation.
 */
const COMMAND_WORDS = {
  help: ['help', 'hjælp', 'hjalp', 'hjälp', 'hulp', 'help me', '?'],
  cancel: ['cancel', 'stop', 'annuller', 'annullér', 'afbryd', 'avbryt', 'annullera', 'sluta', 'annuleren', 'annuleer', 'stoppen'],
  menu: ['menu', 'main menu', 'menuen', 'hovedmenu', 'meny', 'menyn', 'huvudmeny', 'hoofdmenu', 'start'],
  language: ['language', 'change language', 'sprog', 'skift sprog', 'språk', 'byt språk', 'taal', 'andere taal', 'taal wijzigen'],
} as const;

export type Command = keyof typeof COMMAND_WORDS;

/** Language names as members type them (endonyms, English and neighbours' names), plus the codes. */
const LANGUAGE_WORDS: Readonly<Record<Language, readonly string[]>> = {
  da: ['da', 'dansk', 'danish', 'danska', 'deens', 'dänisch'],
  sv: ['sv', 'svenska', 'svensk', 'swedish', 'zweeds', 'schwedisch'],
  nl: ['nl', 'nederlands', 'dutch', 'hollands', 'nederlandsk', 'nederländska', 'holländska', 'vlaams'],
  en: ['en', 'english', 'engelsk', 'engelska', 'engels'],
};

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[!.,;:¡¿"'“”‘’«»()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchCommand(text: string | undefined): Command | undefined {
  if (!text) return undefined;
  const normalised = normalise(text);
  if (normalised === '' && text.trim() === '?') return 'help';
  for (const [command, words] of Object.entries(COMMAND_WORDS) as [Command, readonly string[]][]) {
    if (words.includes(normalised)) return command;
  }
  return undefined;
}

export function matchLanguageName(text: string | undefined): Language | undefined {
  if (!text) return undefined;
  const normalised = normalise(text);
  for (const [language, words] of Object.entries(LANGUAGE_WORDS) as [Language, readonly string[]][]) {
    if (words.includes(normalised)) return language;
  }
  return undefined;
}
