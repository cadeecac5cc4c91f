// Eleventy configuration shared by every render of the archive site. Article entries
// (Markdown written by the ingest) are the only files read from the input folder; every other
// page is a virtual 11ty.js template (layouts/pages.ts), so no template language ever sees
// article text. Which entries and pages a run renders is set by src/site/render-part.ts.
import type { UserConfig } from "@11ty/eleventy";
import {
  ARTICLE_LAYOUT,
  assertPlainEntry,
  entryPermalink,
  VIRTUAL_EXTENSION,
} from "./src/site/entries.ts";
import { parseFrontMatter } from "./src/site/front-matter.ts";
import { renderMarkdown } from "./src/site/markdown.ts";

const refuse = (): never => {
  throw new Error("Executable front matter is disabled");
};

export default function (eleventyConfig: UserConfig) {
  // One Markdown path: remark + remark-html (sanitised). Front matter is plain YAML (no
  // timestamps, no `---js`); entries get no directory data files.
  eleventyConfig.setLibrary("md", { render: renderMarkdown });
  eleventyConfig.setFrontMatterParsingOptions({
    engines: { yaml: parseFrontMatter, javascript: refuse, js: refuse, jsLegacy: refuse },
  });
  eleventyConfig.setDataFileSuffixes([]);
  // The entries folder (content/articles) is build output and so listed in .gitignore, which
  // Eleventy would otherwise skip.
  eleventyConfig.setUseGitIgnore(false);

  // Entries: layout and permalink come from code; an entry overriding them fails the build.
  eleventyConfig.addGlobalData("layout", ARTICLE_LAYOUT);
  eleventyConfig.addGlobalData("permalink", () => entryPermalink); // a function value is called once
  eleventyConfig.addPreprocessor(
    "plain-entries",
    "md",
    function (this: { inputPath: string }, data) {
      assertPlainEntry(this.inputPath, data);
    },
  );

  // The site's other pages are virtual JavaScript templates (layouts/pages.ts), added per
  // Eleventy run by src/site/render-part.ts. Their own extension (instead of "11ty.js")
  // keeps Eleventy from ever running a JavaScript file found among the entries.
  eleventyConfig.addExtension(VIRTUAL_EXTENSION, { key: "11ty.js" });

  return {
    templateFormats: ["md", VIRTUAL_EXTENSION],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
