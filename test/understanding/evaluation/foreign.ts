import type { Language } from '../../../domain/language';

/**
 * Lines in languages we don't serve: German and French are answered in English, Norwegian in
 * Danish. `language` is the language the answer must be in.
 */
export const foreignLines: readonly { readonly text: string; readonly answerIn: Language }[] = [
  { text: 'Guten Tag', answerIn: 'en' },
  { text: 'Ich möchte ein Geschäftskonto eröffnen', answerIn: 'en' },
  { text: 'Wie kann ich meine Kamera registrieren?', answerIn: 'en' },
  { text: 'Wo finde ich meine Mitgliedsnummer?', answerIn: 'en' },
  { text: 'Können Sie mir bitte helfen, ich verstehe das Formular nicht', answerIn: 'en' },
  { text: 'Ich habe mein Passwort vergessen, was soll ich tun?', answerIn: 'en' },
  { text: 'Bonjour, je voudrais ouvrir un compte professionnel', answerIn: 'en' },
  { text: 'Comment enregistrer mon nouvel objectif ?', answerIn: 'en' },
  { text: "J'ai oublié mon mot de passe, que dois-je faire ?", answerIn: 'en' },
  { text: 'Où puis-je trouver mon numéro de membre ?', answerIn: 'en' },
  { text: 'Merci beaucoup pour votre aide, au revoir', answerIn: 'en' },
  { text: 'Jeg vil gjerne registrere et nytt objektiv på kontoen min', answerIn: 'da' },
  { text: 'Hvordan blir jeg medlem av CPS, og hva koster det?', answerIn: 'da' },
  { text: 'Jeg har glemt passordet mitt og får ikke logget inn', answerIn: 'da' },
  { text: 'Hvor finner jeg medlemsnummeret mitt?', answerIn: 'da' },
];
