// The small part of Eleventy 3's JavaScript API this project uses (the package ships no types).
declare module "@11ty/eleventy" {
  export interface CollectionItem {
    url: string | false;
    inputPath: string;
    fileSlug: string;
    data: Record<string, unknown>;
  }

  export interface CollectionApi {
    getAll(): CollectionItem[];
  }

  export type TemplateData = Record<string, unknown>;

  export interface UserConfig {
    setLibrary(extension: "md", library: { render(source: string): string }): void;
    setFrontMatterParsingOptions(options: {
      engines?: Record<string, (source: string) => unknown>;
    }): void;
    setDataFileSuffixes(suffixes: string[]): void;
    setUseGitIgnore(enabled: boolean): void;
    addTemplate(virtualPath: string, content: unknown, data?: TemplateData): void;
    addCollection(name: string, callback: (api: CollectionApi) => unknown): void;
    addGlobalData(name: string, value: unknown): void;
    addExtension(extension: string, options: { key: string }): void;
    addPreprocessor(
      name: string,
      extensions: string,
      callback: (data: TemplateData, content: string) => unknown,
    ): void;
  }

  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    config?: (config: UserConfig) => void | Promise<void>;
  }

  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
