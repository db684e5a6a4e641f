// The NLP.js language packages ship without types; the understanding step uses only their stemmers.
interface NlpjsStemmer {
  stemWord(word: string): string;
}
declare module '@nlpjs/lang-en-min' {
  export class StemmerEn implements NlpjsStemmer {
    stemWord(word: string): string;
  }
}
declare module '@nlpjs/lang-da' {
  export class StemmerDa implements NlpjsStemmer {
    stemWord(word: string): string;
  }
}
declare module '@nlpjs/lang-sv' {
  export class StemmerSv implements NlpjsStemmer {
    stemWord(word: string): string;
  }
}
declare module '@nlpjs/lang-nl' {
  export class StemmerNl implements NlpjsStemmer {
    stemWord(word: string): string;
  }
}
