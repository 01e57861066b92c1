// Generated from schema/vendor.schema.json by scripts/schema/generate-types.ts. Do not edit: run `npm run generate`.

/**
 * a lower-case slug like "microsoft" (letters a-z, digits and single hyphens)
 *
 * This interface was referenced by `VendorFile`'s JSON-Schema
 * via the `definition` "vendorId".
 */
export type VendorId = string;
/**
 * a non-empty text (put it in quotes if it could read as a number, a date or true/false)
 *
 * This interface was referenced by `VendorFile`'s JSON-Schema
 * via the `definition` "name".
 */
export type Name = string;
/**
 * a web address starting with https:// or http://
 *
 * This interface was referenced by `VendorFile`'s JSON-Schema
 * via the `definition` "url".
 */
export type Url = string;
/**
 * an actor with at least id, name, category and status
 *
 * This interface was referenced by `VendorFile`'s JSON-Schema
 * via the `definition` "actor".
 */
export type Actor = {
  id: ActorId;
  /**
   * a lower-case UUID version 4 (leave it out and run `npx actormap fix` to get one)
   */
  uuid?: string;
  name: Name;
  /**
   * a list of this authority's own other or former names, each once
   */
  aliases?: Name[];
  /**
   * a two-letter ISO 3166-1 country code in capitals, like "RU" or "KP"
   */
  origin?:
    | "AD"
    | "AE"
    | "AF"
    | "AG"
    | "AI"
    | "AL"
    | "AM"
    | "AO"
    | "AQ"
    | "AR"
    | "AS"
    | "AT"
    | "AU"
    | "AW"
    | "AX"
    | "AZ"
    | "BA"
    | "BB"
    | "BD"
    | "BE"
    | "BF"
    | "BG"
    | "BH"
    | "BI"
    | "BJ"
    | "BL"
    | "BM"
    | "BN"
    | "BO"
    | "BQ"
    | "BR"
    | "BS"
    | "BT"
    | "BV"
    | "BW"
    | "BY"
    | "BZ"
    | "CA"
    | "CC"
    | "CD"
    | "CF"
    | "CG"
    | "CH"
    | "CI"
    | "CK"
    | "CL"
    | "CM"
    | "CN"
    | "CO"
    | "CR"
    | "CU"
    | "CV"
    | "CW"
    | "CX"
    | "CY"
    | "CZ"
    | "DE"
    | "DJ"
    | "DK"
    | "DM"
    | "DO"
    | "DZ"
    | "EC"
    | "EE"
    | "EG"
    | "EH"
    | "ER"
    | "ES"
    | "ET"
    | "FI"
    | "FJ"
    | "FK"
    | "FM"
    | "FO"
    | "FR"
    | "GA"
    | "GB"
    | "GD"
    | "GE"
    | "GF"
    | "GG"
    | "GH"
    | "GI"
    | "GL"
    | "GM"
    | "GN"
    | "GP"
    | "GQ"
    | "GR"
    | "GS"
    | "GT"
    | "GU"
    | "GW"
    | "GY"
    | "HK"
    | "HM"
    | "HN"
    | "HR"
    | "HT"
    | "HU"
    | "ID"
    | "IE"
    | "IL"
    | "IM"
    | "IN"
    | "IO"
    | "IQ"
    | "IR"
    | "IS"
    | "IT"
    | "JE"
    | "JM"
    | "JO"
    | "JP"
    | "KE"
    | "KG"
    | "KH"
    | "KI"
    | "KM"
    | "KN"
    | "KP"
    | "KR"
    | "KW"
    | "KY"
    | "KZ"
    | "LA"
    | "LB"
    | "LC"
    | "LI"
    | "LK"
    | "LR"
    | "LS"
    | "LT"
    | "LU"
    | "LV"
    | "LY"
    | "MA"
    | "MC"
    | "MD"
    | "ME"
    | "MF"
    | "MG"
    | "MH"
    | "MK"
    | "ML"
    | "MM"
    | "MN"
    | "MO"
    | "MP"
    | "MQ"
    | "MR"
    | "MS"
    | "MT"
    | "MU"
    | "MV"
    | "MW"
    | "MX"
    | "MY"
    | "MZ"
    | "NA"
    | "NC"
    | "NE"
    | "NF"
    | "NG"
    | "NI"
    | "NL"
    | "NO"
    | "NP"
    | "NR"
    | "NU"
    | "NZ"
    | "OM"
    | "PA"
    | "PE"
    | "PF"
    | "PG"
    | "PH"
    | "PK"
    | "PL"
    | "PM"
    | "PN"
    | "PR"
    | "PS"
    | "PT"
    | "PW"
    | "PY"
    | "QA"
    | "RE"
    | "RO"
    | "RS"
    | "RU"
    | "RW"
    | "SA"
    | "SB"
    | "SC"
    | "SD"
    | "SE"
    | "SG"
    | "SH"
    | "SI"
    | "SJ"
    | "SK"
    | "SL"
    | "SM"
    | "SN"
    | "SO"
    | "SR"
    | "SS"
    | "ST"
    | "SV"
    | "SX"
    | "SY"
    | "SZ"
    | "TC"
    | "TD"
    | "TF"
    | "TG"
    | "TH"
    | "TJ"
    | "TK"
    | "TL"
    | "TM"
    | "TN"
    | "TO"
    | "TR"
    | "TT"
    | "TV"
    | "TW"
    | "TZ"
    | "UA"
    | "UG"
    | "UM"
    | "US"
    | "UY"
    | "UZ"
    | "VA"
    | "VC"
    | "VE"
    | "VG"
    | "VI"
    | "VN"
    | "VU"
    | "WF"
    | "WS"
    | "YE"
    | "YT"
    | "ZA"
    | "ZM"
    | "ZW";
  /**
   * one of nation-state, financially-motivated, private-sector-offensive, influence-operations, hacktivist, in-development, unknown
   */
  category:
    | "nation-state"
    | "financially-motivated"
    | "private-sector-offensive"
    | "influence-operations"
    | "hacktivist"
    | "in-development"
    | "unknown";
  /**
   * one of active, retired, merged
   */
  status: "active" | "retired" | "merged";
  merged_into?: ActorId;
  first_seen?: PartialDate;
  /**
   * a list of web addresses, each once
   */
  references?: Url[];
  /**
   * a list of mappings
   */
  mappings?: Mapping[];
};
/**
 * a lower-case slug like "midnight-blizzard" (letters a-z, digits and single hyphens)
 *
 * This interface was referenced by `VendorFile`'s JSON-Schema
 * via the `definition` "actorId".
 */
export type ActorId = string;
/**
 * a quoted string like "2019", "2019-05" or "2019-05-14"
 *
 * This interface was referenced by `VendorFile`'s JSON-Schema
 * via the `definition` "partialDate".
 */
export type PartialDate = string;

/**
 * One naming authority's threat-actor names and its mappings to other authorities. File: data/vendors/<vendor id>.yaml
 */
export interface VendorFile {
  vendor: Vendor;
  /**
   * a list of actors (may be empty)
   */
  actors: Actor[];
}
/**
 * a block with id, name, url and provenance
 *
 * This interface was referenced by `VendorFile`'s JSON-Schema
 * via the `definition` "vendor".
 */
export interface Vendor {
  id: VendorId;
  name: Name;
  url: Url;
  /**
   * official (maintained by the authority itself) or curated (compiled from public sources)
   */
  provenance: "official" | "curated";
  /**
   * a list of GitHub users or teams, each once
   *
   * Items: a GitHub user or team like "@octocat" or "@my-org/threat-intel"
   */
  maintainers?: string[];
  /**
   * a short text describing the naming scheme
   */
  naming?: string;
}
/**
 * a mapping with at least vendor, actor and source
 *
 * This interface was referenced by `VendorFile`'s JSON-Schema
 * via the `definition` "mapping".
 */
export interface Mapping {
  vendor: VendorId;
  actor: Name;
  /**
   * one of same, overlaps, includes (the target is part of this actor), part-of (this actor is part of the target)
   */
  relation?: "same" | "overlaps" | "includes" | "part-of";
  source: Url;
  since?: PartialDate;
}
