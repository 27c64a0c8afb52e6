import { operatorFrom, polarityFromCues } from "./polarityWords";

/**
 * Indicator names as public bodies publish them, each with the polarity its publisher labels it
 * with (OHID Fingertips "High is good" / "Low is good", LG Inform metric polarity, councils' own
 * "Good performance is" columns). Cue words must never give the opposite of the label; a name they
 * cannot read (null) stays assumed and is said so.
 */
const LABELLED: [string, "higher" | "lower"][] = [
  ["Average customer wait time", "lower"],
  ["Number of employee injuries", "lower"],
  ["Turnover rate", "lower"],
  ["Lost time injury rate", "lower"],
  ["Average number of working days lost to sickness absence per FTE", "lower"],
  ["Current tenant rent arrears as % of rent due", "lower"],
  ["Average time to re-let empty homes (days)", "lower"],
  ["Number of households in temporary accommodation", "lower"],
  ["Percentage of young people who are NEET", "lower"],
  ["Under 75 mortality rate from cardiovascular disease", "lower"],
  ["Emergency hospital admissions due to falls in people aged 65 and over", "lower"],
  ["Number of fly-tipping incidents", "lower"],
  ["First time entrants to the youth justice system", "lower"],
  ["Re-offending rate of adult offenders", "lower"],
  ["Number of complaints received", "lower"],
  ["Percentage of invoices paid late", "lower"],
  ["Council tax arrears", "lower"],
  ["Agency staff spend", "lower"],
  ["Permanent exclusions from school", "lower"],
  ["CO2 emissions from local authority operations", "lower"],
  ["Percentage of pupils not in education, employment or training", "lower"],
  ["Household waste sent for reuse, recycling and composting", "higher"],
  ["Residents satisfied with the way the council runs things", "higher"],
  ["Council tax collected in year", "higher"],
  ["Major planning applications determined within 13 weeks", "higher"],
  ["% of FOI requests answered within 20 working days", "higher"],
  ["Emergency repairs completed within 24 hours", "higher"],
  ["Homelessness prevented", "higher"],
  ["% reduction in CO2 emissions", "higher"],
  ["Percentage of physically active adults", "higher"],
  ["Population vaccination coverage: MMR for two doses (5 years old)", "higher"],
  ["Breastfeeding prevalence at 6 to 8 weeks after birth", "higher"],
  ["Affordable homes delivered", "higher"],
  ["Library visits per 1,000 population", "higher"],
  ["Apprenticeships started", "higher"],
  ["Customer calls answered", "higher"],
  ["Child protection conferences held within timescales", "higher"],
  ["Schools judged good or outstanding", "higher"],
  ["The % of referrals that are re-referrals within 12 months (SCC/010)", "lower"],
  ["Emergency readmissions within 30 days of discharge from hospital", "lower"],
];

describe("polarity cue words against labelled public indicators", () => {
  it.each(LABELLED)("%p is not read the wrong way (%s is better)", (name, label) => {
    const read = polarityFromCues(name);
    expect(read === null || read === label).toBe(true);
  });

  it("reads most of them", () => {
    const read = LABELLED.filter(([name, label]) => polarityFromCues(name) === label).length;
    expect(read / LABELLED.length).toBeGreaterThanOrEqual(0.9);
  });

  it("reads a reversal before a cue: within N days, reduction in, prevented, % not", () => {
    expect(polarityFromCues("Average days to process a claim")).toBe("lower");
    expect(polarityFromCues("Claims processed within 14 days")).toBe("higher");
    expect(polarityFromCues("Reduction in the number of rough sleepers")).toBe("higher");
    expect(polarityFromCues("% not seen within 18 weeks")).toBe("lower");
  });

  it("says nothing of a name that has no cue, or cues both ways, or a cue only in an aside", () => {
    expect(polarityFromCues("Smoking prevalence in adults (APS)")).toBe(null);
    expect(polarityFromCues("Smoking quitters (Stop Smoking Service)")).toBe("higher");
    expect(polarityFromCues("Public confidence (Crime Survey for England and Wales)")).toBe(null);
    expect(polarityFromCues("Planning applications received")).toBe(null);
  });
});

describe("operator cells", () => {
  it.each([
    ["≥", "higher"],
    [">=", "higher"],
    [">", "higher"],
    ["at least", "higher"],
    ["≤", "lower"],
    ["<", "lower"],
    ["no more than", "lower"],
    ["=", "exact"],
    ["", null],
    ["95%", null],
  ])("%p says %s", (text, way) => {
    expect(operatorFrom(text)).toBe(way);
  });
});
