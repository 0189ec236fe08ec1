import { describe, expect, it } from "vitest";
import { displaySource } from "../../src/core/content/display-source.js";

describe("displaySource", () => {
  it("shows documents by title, without our internal seed numbers", () => {
    expect(displaySource("MASH leaflet, 'What is the MASH?' (seed 004)")).toBe(
      "MASH leaflet, 'What is the MASH?'",
    );
    expect(
      displaySource(
        "Handbook (Feb 2024), Appendix four (seed 003); Procedures (seeds 000 and 001)",
      ),
    ).toBe("Handbook (Feb 2024), Appendix four; Procedures");
    expect(displaySource("Working Together (standard term)")).toBe("Working Together");
  });

  it("never names a file: sources name documents", () => {
    expect(
      displaySource(
        "Levels of Need facts (Level 4 pathway); MASH contacts in knowledge/contacts/mash.yaml, from the MASH leaflet (seed 004)",
      ),
    ).toBe("Levels of Need facts (Level 4 pathway); MASH contacts, from the MASH leaflet");
    expect(displaySource("Threshold documents (see shared/LEVELS-OF-NEED-FACTS.md)")).toBe(
      "Threshold documents",
    );
    expect(displaySource("Procedures, see docs/procedures.md")).toBe("Procedures,");
  });
});
