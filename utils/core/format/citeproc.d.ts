/** The part of citeproc-js (npm `citeproc`, CommonJS) this project calls. */
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(lang: string): string | undefined;
    retrieveItem(id: string): unknown;
  }
  interface BibliographyMeta {
    bibstart: string;
    bibend: string;
    entry_ids: string[][];
    bibliography_errors: unknown[];
  }
  class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [BibliographyMeta, string[]] | false;
    makeCitationCluster(items: Array<{ id: string }>): string;
    bibliography: { tokens: unknown[] };
    opt: { xclass?: string; styleID?: string; class?: string };
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
