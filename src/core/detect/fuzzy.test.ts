import fc from "fast-check";
import { editDistance, tokens, withinOneEdit, wordsMatch } from "./fuzzy";

/** The words as the patterns read them: what `tokens` replaced, and must still give. */
const tokensByPattern = (text: string) =>
  text
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);

/** Header-like text: letters, digits, brackets, spaces, punctuation and a few non-ASCII letters. */
const headerText = fc
  .array(fc.constantFrom(..."aBcdEoz09 ()(/%-_.\n\tÉéİKß"), { maxLength: 30 })
  .map((cs) => cs.join(""));

describe("fuzzy word matching", () => {
  it("withinOneEdit is an edit distance of at most one", () => {
    const word = fc.array(fc.constantFrom(..."abcde"), { maxLength: 8 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(editDistance(a, b, 1) <= 1);
      }),
      { numRuns: 3000 }
    );
  });

  it("reads the typos the vocabulary allows, and no more", () => {
    expect(wordsMatch("activites", "activities")).toBe(true);
    expect(wordsMatch("milestoner", "milestone")).toBe(true);
    expect(wordsMatch("oficer", "officer")).toBe(true);
    expect(wordsMatch("offiser", "officer")).toBe(true);
    expect(wordsMatch("ofiser", "officer")).toBe(false);
    expect(wordsMatch("lead", "leas")).toBe(false); // short words match exactly
  });

  it("tokens gives the words the patterns gave, on any text", () => {
    fc.assert(
      fc.property(headerText, (text) => {
        expect(tokens(text)).toEqual(tokensByPattern(text));
      }),
      { numRuns: 3000 }
    );
    expect(tokens("Lead Officer (name)")).toEqual(["lead", "officer"]);
    expect(tokens("% complete (")).toEqual(["complete"]);
    expect(tokens("Q2 (July–Sept) RAG")).toEqual(["q2", "rag"]);
  });
});
