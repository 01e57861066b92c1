import { describe, expect, it } from "vitest";
import { agreeing } from "./agreeing.js";
import { dataset, messages, positions } from "./fixture.js";

describe("not-canonical: the cluster registry and CODEOWNERS", () => {
  it("reports a missing registry at data/clusters.yaml and passes once fix wrote it", () => {
    const data = dataset(agreeing);
    expect(positions(data.check(), "not-canonical")).toContain(
      "data/clusters.yaml:1:1 error not-canonical",
    );
    data.fix();
    expect(positions(data.check(), "not-canonical")).toEqual([]);
  });

  it("reports a registry that no longer matches the vendor files", () => {
    const data = dataset(agreeing);
    data.fix();
    data.write(
      "data/vendors/b.yaml",
      data.read("data/vendors/b.yaml").replace("status: active", "status: retired"),
    );
    const diagnostics = data.check();
    expect(positions(diagnostics, "not-canonical")).toEqual([
      "data/clusters.yaml:1:1 error not-canonical",
    ]);
    expect(messages(diagnostics, "not-canonical")[0]).toContain("run `npx actormap fix`");
  });

  it("does not judge the registry while a vendor file cannot be read", () => {
    const data = dataset(agreeing);
    data.fix();
    data.write("data/vendors/b.yaml", "vendor: [\n");
    expect(positions(data.check(), "not-canonical")).toEqual([]);
  });

  it("reports a CODEOWNERS that differs from what the maintainers fields give", () => {
    const data = dataset(agreeing);
    data.fix();
    data.write(".github/CODEOWNERS", "* @someone\n", true);
    expect(positions(data.check(), "not-canonical")).toEqual([
      ".github/CODEOWNERS:1:1 error not-canonical",
    ]);
  });

  it("reports a missing CODEOWNERS in a repository with a .github folder", () => {
    const data = dataset({ ...agreeing, "../.github/workflows/ci.yml": "on: push\n" });
    expect(positions(data.check(), "not-canonical")).toContain(
      ".github/CODEOWNERS:1:1 error not-canonical",
    );
  });
});
