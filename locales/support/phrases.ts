/**
 * How members ask for a human in any of our languages ("I want to talk to a person", "Jeg vil gerne
 * tale med en person", "Jag vill prata med en människa", "Ik wil iemand spreken"). A question about
 * CPS Priority Support itself ("What is CPS Priority Support?") is left to the FAQ.
 */
const TALK = [
  // en
  'talk', 'speak', 'chat', 'connect', 'contact',
  // da
  'tale', 'snakke', 'chatte', 'kontakte',
  // sv
  'prata', 'tala', 'chatta', 'kontakta',
  // nl
  'praten', 'spreken', 'chatten', 'bellen', 'contact',
];

const HUMAN = [
  // en
  'person', 'human', 'someone', 'somebody', 'agent', 'people', 'representative', 'operator', 'staff', 'employee',
  // da
  'menneske', 'medarbejder', 'nogen', 'rådgiver', 'konsulent', 'supporter',
  // sv
  'människa', 'människor', 'handläggare', 'någon', 'rådgivare', 'medarbetare',
  // nl
  'persoon', 'mens', 'medewerker', 'iemand',
];

/** Whole messages that mean "a person, please" on their own. */
const ALONE = new Set([
  'human', 'agent', 'person', 'a person', 'real person', 'operator', 'human please', 'agent please',
  'menneske', 'medarbejder', 'et menneske',
  'människa', 'handläggare', 'en människa',
  'mens', 'medewerker', 'een mens', 'een medewerker',
]);

/** "menneske!" / "talk to someone?" → lower case words without punctuation. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** True when the member asks to be put through to a human agent. */
export function asksForPerson(text: string): boolean {
  const list = words(text);
  if (list.length === 0 || list.length > 20) return false;
  if (ALONE.has(list.join(' '))) return true;
  const talkAt = list.findIndex((w) => TALK.includes(w));
  if (talkAt < 0) return false;
  // The person after the verb: "tale med en person", "prata med en handläggare".
  if (list.slice(talkAt + 1).some((w) => HUMAN.includes(w))) return true;
  // Dutch puts the verb last: "ik wil met een medewerker praten", "kan ik iemand spreken".
  return list.slice(0, talkAt).some((w) => HUMAN.includes(w));
}
