import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-VF57VZD3.js";

// node_modules/.pnpm/@renovatebot+pep440@4.2.4/node_modules/@renovatebot/pep440/lib/version.js
var require_version = __commonJS({
  "node_modules/.pnpm/@renovatebot+pep440@4.2.4/node_modules/@renovatebot/pep440/lib/version.js"(exports, module) {
    var VERSION_PATTERN = [
      "v?",
      "(?:",
      /* */
      "(?:(?<epoch>[0-9]+)!)?",
      // epoch
      /* */
      "(?<release>[0-9]+(?:\\.[0-9]+)*)",
      // release segment
      /* */
      "(?<pre>",
      // pre-release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_n>[0-9]+)?",
      /* */
      ")?",
      /* */
      "(?<post>",
      // post release
      /*    */
      "(?:-(?<post_n1>[0-9]+))",
      /*    */
      "|",
      /*    */
      "(?:",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_l>post|rev|r)",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_n2>[0-9]+)?",
      /*    */
      ")",
      /* */
      ")?",
      /* */
      "(?<dev>",
      // dev release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_l>dev)",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_n>[0-9]+)?",
      /* */
      ")?",
      ")",
      "(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?"
      // local version
    ].join("");
    module.exports = {
      VERSION_PATTERN,
      valid,
      clean: clean2,
      explain: explain3,
      parse: parse2,
      stringify
    };
    var validRegex = new RegExp("^" + VERSION_PATTERN + "$", "i");
    function valid(version2) {
      return validRegex.test(version2) ? version2 : null;
    }
    var cleanRegex2 = new RegExp("^\\s*" + VERSION_PATTERN + "\\s*$", "i");
    function clean2(version2) {
      return stringify(parse2(version2, cleanRegex2));
    }
    function parse2(version2, regex) {
      const { groups } = (regex || validRegex).exec(version2) || {};
      if (!groups) {
        return null;
      }
      const parsed = {
        epoch: Number(groups.epoch ? groups.epoch : 0),
        release: groups.release.split(".").map(Number),
        pre: normalize_letter_version(groups.pre_l, groups.pre_n),
        post: normalize_letter_version(
          groups.post_l,
          groups.post_n1 || groups.post_n2
        ),
        dev: normalize_letter_version(groups.dev_l, groups.dev_n),
        local: parse_local_version(groups.local)
      };
      return parsed;
    }
    function stringify(parsed) {
      if (!parsed) {
        return null;
      }
      const { epoch, release, pre, post, dev, local: local2 } = parsed;
      const parts = [];
      if (epoch !== 0) {
        parts.push(`${epoch}!`);
      }
      parts.push(release.join("."));
      if (pre) {
        parts.push(pre.join(""));
      }
      if (post) {
        parts.push("." + post.join(""));
      }
      if (dev) {
        parts.push("." + dev.join(""));
      }
      if (local2) {
        parts.push(`+${local2}`);
      }
      return parts.join("");
    }
    function normalize_letter_version(letterIn, numberIn) {
      let letter = letterIn;
      let number4 = numberIn;
      if (letter) {
        if (!number4) {
          number4 = 0;
        }
        letter = letter.toLowerCase();
        if (letter === "alpha") {
          letter = "a";
        } else if (letter === "beta") {
          letter = "b";
        } else if (["c", "pre", "preview"].includes(letter)) {
          letter = "rc";
        } else if (["rev", "r"].includes(letter)) {
          letter = "post";
        }
        return [letter, Number(number4)];
      }
      if (!letter && number4) {
        letter = "post";
        return [letter, Number(number4)];
      }
      return null;
    }
    function parse_local_version(local2) {
      if (local2) {
        return local2.split(/[._-]/).map(
          (part) => Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part)
        );
      }
      return null;
    }
    function explain3(version2) {
      const parsed = parse2(version2);
      if (!parsed) {
        return parsed;
      }
      const { epoch, release, pre, post, dev, local: local2 } = parsed;
      let base_version = "";
      if (epoch !== 0) {
        base_version += epoch + "!";
      }
      base_version += release.join(".");
      const is_prerelease = Boolean(dev || pre);
      const is_devrelease = Boolean(dev);
      const is_postrelease = Boolean(post);
      return {
        epoch,
        release,
        pre,
        post: post ? post[1] : post,
        dev: dev ? dev[1] : dev,
        local: local2 ? local2.join(".") : local2,
        public: stringify(parsed).split("+", 1)[0],
        base_version,
        is_prerelease,
        is_devrelease,
        is_postrelease
      };
    }
  }
});

// node_modules/.pnpm/@renovatebot+pep440@4.2.4/node_modules/@renovatebot/pep440/lib/operator.js
var require_operator = __commonJS({
  "node_modules/.pnpm/@renovatebot+pep440@4.2.4/node_modules/@renovatebot/pep440/lib/operator.js"(exports, module) {
    var { parse: parse2 } = require_version();
    module.exports = {
      compare: compare3,
      rcompare,
      lt,
      le,
      eq: eq2,
      ne,
      ge,
      gt,
      "<": lt,
      "<=": le,
      "==": eq2,
      "!=": ne,
      ">=": ge,
      ">": gt,
      "===": arbitrary
    };
    function lt(version2, other) {
      return compare3(version2, other) < 0;
    }
    function le(version2, other) {
      return compare3(version2, other) <= 0;
    }
    function eq2(version2, other) {
      return compare3(version2, other) === 0;
    }
    function ne(version2, other) {
      return compare3(version2, other) !== 0;
    }
    function ge(version2, other) {
      return compare3(version2, other) >= 0;
    }
    function gt(version2, other) {
      return compare3(version2, other) > 0;
    }
    function arbitrary(version2, other) {
      return version2.toLowerCase() === other.toLowerCase();
    }
    function compare3(version2, other) {
      const parsedVersion = parse2(version2);
      const parsedOther = parse2(other);
      const keyVersion = calculateKey(parsedVersion);
      const keyOther = calculateKey(parsedOther);
      return pyCompare(keyVersion, keyOther);
    }
    function rcompare(version2, other) {
      return -compare3(version2, other);
    }
    function pyCompare(elemIn, otherIn) {
      let elem = elemIn;
      let other = otherIn;
      if (elem === other) {
        return 0;
      }
      if (Array.isArray(elem) !== Array.isArray(other)) {
        elem = Array.isArray(elem) ? elem : [elem];
        other = Array.isArray(other) ? other : [other];
      }
      if (Array.isArray(elem)) {
        const len = Math.min(elem.length, other.length);
        for (let i2 = 0; i2 < len; i2 += 1) {
          const res = pyCompare(elem[i2], other[i2]);
          if (res !== 0) {
            return res;
          }
        }
        return elem.length - other.length;
      }
      if (elem === -Infinity || other === Infinity) {
        return -1;
      }
      if (elem === Infinity || other === -Infinity) {
        return 1;
      }
      return elem < other ? -1 : 1;
    }
    function calculateKey(input) {
      const { epoch } = input;
      let { release, pre, post, local: local2, dev } = input;
      release = release.concat();
      release.reverse();
      while (release.length && release[0] === 0) {
        release.shift();
      }
      release.reverse();
      if (!pre && !post && dev) pre = -Infinity;
      else if (!pre) pre = Infinity;
      if (!post) post = -Infinity;
      if (!dev) dev = Infinity;
      if (!local2) {
        local2 = -Infinity;
      } else {
        local2 = local2.map(
          (i2) => Number.isNaN(Number(i2)) ? [-Infinity, i2] : [Number(i2), ""]
        );
      }
      return [epoch, release, pre, post, dev, local2];
    }
  }
});

// node_modules/.pnpm/@renovatebot+pep440@4.2.4/node_modules/@renovatebot/pep440/lib/specifier.js
var require_specifier = __commonJS({
  "node_modules/.pnpm/@renovatebot+pep440@4.2.4/node_modules/@renovatebot/pep440/lib/specifier.js"(exports, module) {
    var { VERSION_PATTERN, explain: explainVersion } = require_version();
    var Operator = require_operator();
    var RANGE_PATTERN = [
      "(?<operator>(===|~=|==|!=|<=|>=|<|>))",
      "\\s*",
      "(",
      /*  */
      "(?<version>(?:" + VERSION_PATTERN.replace(/\?<\w+>/g, "?:") + "))",
      /*  */
      "(?<prefix>\\.\\*)?",
      /*  */
      "|",
      /*  */
      "(?<legacy>[^,;\\s)]+)",
      ")"
    ].join("");
    module.exports = {
      RANGE_PATTERN,
      parse: parse2,
      satisfies,
      filter,
      validRange,
      maxSatisfying,
      minSatisfying
    };
    var isEqualityOperator = (op) => ["==", "!=", "==="].includes(op);
    var rangeRegex = new RegExp("^" + RANGE_PATTERN + "$", "i");
    function parse2(ranges) {
      if (!ranges.trim()) {
        return [];
      }
      const specifiers = ranges.split(",").map((range) => rangeRegex.exec(range.trim()) || {}).map(({ groups }) => {
        if (!groups) {
          return null;
        }
        let { ...spec } = groups;
        const { operator, version: version2, prefix, legacy } = groups;
        if (version2) {
          spec = { ...spec, ...explainVersion(version2) };
          if (operator === "~=") {
            if (spec.release.length < 2) {
              return null;
            }
          }
          if (!isEqualityOperator(operator) && spec.local) {
            return null;
          }
          if (prefix) {
            if (!isEqualityOperator(operator) || spec.dev || spec.local) {
              return null;
            }
          }
        }
        if (legacy && operator !== "===") {
          return null;
        }
        return spec;
      });
      if (specifiers.filter(Boolean).length !== specifiers.length) {
        return null;
      }
      return specifiers;
    }
    function filter(versions, specifier, options = {}) {
      const filtered = pick2(versions, specifier, options);
      if (filtered.length === 0 && options.prereleases === void 0) {
        return pick2(versions, specifier, { prereleases: true });
      }
      return filtered;
    }
    function maxSatisfying(versions, range, options) {
      const found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[found.length - 1];
    }
    function minSatisfying(versions, range, options) {
      const found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[0];
    }
    function pick2(versions, specifier, options) {
      const parsed = parse2(specifier);
      if (!parsed) {
        return [];
      }
      return versions.filter((version2) => {
        const explained = explainVersion(version2);
        if (!parsed.length) {
          return explained && !(explained.is_prerelease && !options.prereleases);
        }
        return parsed.reduce((pass, spec) => {
          if (!pass) {
            return false;
          }
          return contains({ ...spec, ...options }, { version: version2, explained });
        }, true);
      });
    }
    function satisfies(version2, specifier, options = {}) {
      const filtered = pick2([version2], specifier, options);
      return filtered.length === 1;
    }
    function arrayStartsWith(array2, prefix) {
      if (prefix.length > array2.length) {
        return false;
      }
      for (let i2 = 0; i2 < prefix.length; i2 += 1) {
        if (prefix[i2] !== array2[i2]) {
          return false;
        }
      }
      return true;
    }
    function contains(specifier, input) {
      const { explained } = input;
      let { version: version2 } = input;
      const { ...spec } = specifier;
      if (spec.prereleases === void 0) {
        spec.prereleases = spec.is_prerelease;
      }
      if (explained && explained.is_prerelease && !spec.prereleases) {
        return false;
      }
      if (spec.operator === "~=") {
        let compatiblePrefix = spec.release.slice(0, -1).concat("*").join(".");
        if (spec.epoch) {
          compatiblePrefix = spec.epoch + "!" + compatiblePrefix;
        }
        return satisfies(version2, `>=${spec.version}, ==${compatiblePrefix}`, {
          prereleases: spec.prereleases
        });
      }
      if (spec.prefix) {
        const isMatching = explained.epoch === spec.epoch && arrayStartsWith(explained.release, spec.release);
        const isEquality = spec.operator !== "!=";
        return isEquality ? isMatching : !isMatching;
      }
      if (explained) {
        if (explained.local && spec.version) {
          version2 = explained.public;
          spec.version = explainVersion(spec.version).public;
        }
      }
      if (spec.operator === "<" || spec.operator === ">") {
        if (Operator.eq(spec.release.join("."), explained.release.join("."))) {
          return false;
        }
      }
      const op = Operator[spec.operator];
      return op(version2, spec.version || spec.legacy);
    }
    function validRange(specifier) {
      return Boolean(parse2(specifier));
    }
  }
});

// node_modules/.pnpm/@renovatebot+pep440@4.2.4/node_modules/@renovatebot/pep440/lib/semantic.js
var require_semantic = __commonJS({
  "node_modules/.pnpm/@renovatebot+pep440@4.2.4/node_modules/@renovatebot/pep440/lib/semantic.js"(exports, module) {
    var { explain: explain3, parse: parse2, stringify } = require_version();
    module.exports = {
      major,
      minor,
      patch,
      inc
    };
    function major(input) {
      const version2 = explain3(input);
      if (!version2) {
        throw new TypeError("Invalid Version: " + input);
      }
      return version2.release[0];
    }
    function minor(input) {
      const version2 = explain3(input);
      if (!version2) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version2.release.length < 2) {
        return 0;
      }
      return version2.release[1];
    }
    function patch(input) {
      const version2 = explain3(input);
      if (!version2) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version2.release.length < 3) {
        return 0;
      }
      return version2.release[2];
    }
    function inc(input, release, preReleaseIdentifier) {
      let identifier = preReleaseIdentifier || `a`;
      const version2 = parse2(input);
      if (!version2) {
        return null;
      }
      if (!["a", "b", "c", "rc", "alpha", "beta", "pre", "preview"].includes(
        identifier
      )) {
        return null;
      }
      switch (release) {
        case "premajor":
          {
            const [majorVersion] = version2.release;
            version2.release.fill(0);
            version2.release[0] = majorVersion + 1;
          }
          version2.pre = [identifier, 0];
          delete version2.post;
          delete version2.dev;
          delete version2.local;
          break;
        case "preminor":
          {
            const [majorVersion, minorVersion = 0] = version2.release;
            version2.release.fill(0);
            version2.release[0] = majorVersion;
            version2.release[1] = minorVersion + 1;
          }
          version2.pre = [identifier, 0];
          delete version2.post;
          delete version2.dev;
          delete version2.local;
          break;
        case "prepatch":
          {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version2.release;
            version2.release.fill(0);
            version2.release[0] = majorVersion;
            version2.release[1] = minorVersion;
            version2.release[2] = patchVersion + 1;
          }
          version2.pre = [identifier, 0];
          delete version2.post;
          delete version2.dev;
          delete version2.local;
          break;
        case "prerelease":
          if (version2.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version2.release;
            version2.release.fill(0);
            version2.release[0] = majorVersion;
            version2.release[1] = minorVersion;
            version2.release[2] = patchVersion + 1;
            version2.pre = [identifier, 0];
          } else {
            if (preReleaseIdentifier === void 0 && version2.pre !== null) {
              [identifier] = version2.pre;
            }
            const [letter, number4] = version2.pre;
            if (letter === identifier) {
              version2.pre = [letter, number4 + 1];
            } else {
              version2.pre = [identifier, 0];
            }
          }
          delete version2.post;
          delete version2.dev;
          delete version2.local;
          break;
        case "major":
          if (version2.release.slice(1).some((value) => value !== 0) || version2.pre === null) {
            const [majorVersion] = version2.release;
            version2.release.fill(0);
            version2.release[0] = majorVersion + 1;
          }
          delete version2.pre;
          delete version2.post;
          delete version2.dev;
          delete version2.local;
          break;
        case "minor":
          if (version2.release.slice(2).some((value) => value !== 0) || version2.pre === null) {
            const [majorVersion, minorVersion = 0] = version2.release;
            version2.release.fill(0);
            version2.release[0] = majorVersion;
            version2.release[1] = minorVersion + 1;
          }
          delete version2.pre;
          delete version2.post;
          delete version2.dev;
          delete version2.local;
          break;
        case "patch":
          if (version2.release.slice(3).some((value) => value !== 0) || version2.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version2.release;
            version2.release.fill(0);
            version2.release[0] = majorVersion;
            version2.release[1] = minorVersion;
            version2.release[2] = patchVersion + 1;
          }
          delete version2.pre;
          delete version2.post;
          delete version2.dev;
          delete version2.local;
          break;
        default:
          return null;
      }
      return stringify(version2);
    }
  }
});

// node_modules/.pnpm/@renovatebot+pep440@4.2.4/node_modules/@renovatebot/pep440/index.js
var require_pep440 = __commonJS({
  "node_modules/.pnpm/@renovatebot+pep440@4.2.4/node_modules/@renovatebot/pep440/index.js"(exports, module) {
    var { valid, clean: clean2, explain: explain3, parse: parse2 } = require_version();
    var { lt, le, eq: eq2, ne, ge, gt, compare: compare3, rcompare } = require_operator();
    var {
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies,
      validRange
    } = require_specifier();
    var { major, minor, patch, inc } = require_semantic();
    module.exports = {
      // version
      valid,
      clean: clean2,
      explain: explain3,
      parse: parse2,
      // operator
      lt,
      le,
      lte: le,
      eq: eq2,
      ne,
      neq: ne,
      ge,
      gte: ge,
      gt,
      compare: compare3,
      rcompare,
      // range
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies,
      validRange,
      // semantic
      major,
      minor,
      patch,
      inc
    };
  }
});

// node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x2, startIndex = 0) {
  if (x2.aborted === true)
    return true;
  for (let i2 = startIndex; i2 < x2.issues.length; i2++) {
    if (x2.issues[i2]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x2, startIndex = 0) {
  if (x2.aborted === true)
    return true;
  for (let i2 = startIndex; i2 < x2.issues.length; i2++) {
    if (x2.issues[i2]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a4;
    (_a4 = iss).path ?? (_a4.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max2 = d.maximum ?? d.length ?? d.size;
    if (max2 >= 0)
      caps.push([max2, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a4;
  for (let i2 = start; i2 < issues.length; i2++) {
    (_a4 = issues[i2]).schema ?? (_a4.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a4;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a4 = iss).schema ?? (_a4.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i2 = 0; i2 < units - 1; i2++) {
    if ((str.charCodeAt(i2) & 64512) === 55296 && (str.charCodeAt(i2 + 1) & 64512) === 56320) {
      count--;
      i2++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err2) {
        delete this[key];
        broke = broke || outer;
        throw err2;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function toDotPath(_path) {
  const segs = [];
  const path = _path.map((seg) => typeof seg === "object" ? seg.key : seg);
  for (const seg of path) {
    if (typeof seg === "number")
      segs.push(`[${seg}]`);
    else if (typeof seg === "symbol")
      segs.push(`[${JSON.stringify(String(seg))}]`);
    else if (/[^\w$]/.test(seg))
      segs.push(`[${JSON.stringify(seg)}]`);
    else {
      if (segs.length)
        segs.push(".");
      segs.push(seg);
    }
  }
  return segs.join("");
}
function prettifyError(error2) {
  const lines = [];
  const issues = [...error2.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
  for (const issue2 of issues) {
    lines.push(`\u2716 ${issue2.message}`);
    if (issue2.path?.length)
      lines.push(`  \u2192 at ${toDotPath(issue2.path)}`);
  }
  return lines.join("\n");
}

// node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/regexes.js
var httpProtocol = /^https?$/;
var anyString = /^[\s\S]{0,}$/;
var bigint = /^-?\d+n?$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a4;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a4 = inst._zod).onattach ?? (_a4.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a4;
  $ZodCheck.init(inst, def);
  (_a4 = inst._zod.def).when ?? (_a4.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a4;
  $ZodCheck.init(inst, def);
  (_a4 = inst._zod.def).when ?? (_a4.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a4, _b2;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a4 = inst._zod).check ?? (_a4.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b2 = inst._zod).check ?? (_b2.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a4;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a4 = inst._zod).deferred ?? (_a4.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url2, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url2.hostname);
}
function urlProtocolOk(url2, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url2.protocol.endsWith(":") ? url2.protocol.slice(0, -1) : url2.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url2 = validateURL(trimmed, def);
      if (url2 === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url2, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url2, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url2.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodBigInt = /* @__PURE__ */ $constructor("$ZodBigInt", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = bigint;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = BigInt(payload.value);
      } catch (_) {
      }
    if (typeof payload.value === "bigint")
      return payload;
    payload.issues.push({
      expected: "bigint",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodDate = /* @__PURE__ */ $constructor("$ZodDate", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce) {
      try {
        payload.value = new Date(payload.value);
      } catch (_err) {
      }
    }
    const input = payload.value;
    const isDate = input instanceof Date;
    const isValidDate = isDate && !Number.isNaN(input.getTime());
    if (isValidDate)
      return payload;
    payload.issues.push({
      expected: "date",
      code: "invalid_type",
      input,
      ...isDate ? { received: "Invalid Date" } : {},
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max2, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max2 && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i2 = 0; i2 < input.length; i2++) {
      const item = input[i2];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i2)));
      } else {
        handleArrayResult(result, payload, i2);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field2 = shape[key]._zod;
      if (field2.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field2.values)
          propValues[key].add(v);
        if (field2.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
  return new Class(snapshotChecks({ type: "string", coerce: true, ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
  return new Class({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
  return new Class({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
  return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
  return new Class({
    type: "boolean",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
  return new Class({
    type: "bigint",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
  return new Class({
    type: "date",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
  return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}

// node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniStringFormat = /* @__PURE__ */ $constructor("ZodMiniStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  ZodMiniString.init(inst, def);
});
var ZodMiniURL = /* @__PURE__ */ $constructor("ZodMiniURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function url(params) {
  return _url(ZodMiniURL, params);
}
var ZodMiniBase64 = /* @__PURE__ */ $constructor("ZodMiniBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function base64(params) {
  return _base64(ZodMiniBase64, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniBigInt = /* @__PURE__ */ $constructor("ZodMiniBigInt", (inst, def) => {
  $ZodBigInt.init(inst, def);
  ZodMiniType.init(inst, def);
});
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniDate = /* @__PURE__ */ $constructor("ZodMiniDate", (inst, def) => {
  $ZodDate.init(inst, def);
  ZodMiniType.init(inst, def);
});
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self2) => self2._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function looseObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ unknown(),
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function nullish2(innerType) {
  return /* @__PURE__ */ optional(/* @__PURE__ */ nullable(innerType));
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}

// node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/coerce.js
var coerce_exports = {};
__export(coerce_exports, {
  bigint: () => bigint2,
  boolean: () => boolean3,
  date: () => date2,
  number: () => number3,
  string: () => string3
});
// @__NO_SIDE_EFFECTS__
function string3(params) {
  return _coercedString(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function number3(params) {
  return _coercedNumber(ZodMiniNumber, params);
}
// @__NO_SIDE_EFFECTS__
function boolean3(params) {
  return _coercedBoolean(ZodMiniBoolean, params);
}
// @__NO_SIDE_EFFECTS__
function bigint2(params) {
  return _coercedBigint(ZodMiniBigInt, params);
}
// @__NO_SIDE_EFFECTS__
function date2(params) {
  return _coercedDate(ZodMiniDate, params);
}

// packages/dists/src/filename.ts
var REFUSED_EXTENSIONS = [
  [".zip", "a .zip source distribution"],
  [".egg", "an egg"],
  [".exe", "a Windows installer"],
  [".msi", "a Windows installer"],
  [".rpm", "an RPM"],
  [".dmg", "a macOS disk image"],
  [".tar.bz2", "a .tar.bz2 source distribution"],
  [".tar.xz", "a .tar.xz source distribution"],
  [".tgz", "a .tgz source distribution"],
  [".tar", "an uncompressed tarball"]
];
function kindFromFilename(filename) {
  if (filename.endsWith(".whl")) return "wheel";
  if (filename.endsWith(".tar.gz")) return "sdist";
  return void 0;
}
function refusedFormat(filename) {
  const lower = filename.toLowerCase();
  return REFUSED_EXTENSIONS.find(([extension]) => lower.endsWith(extension))?.[1];
}
function parseWheelFilename(filename) {
  if (!filename.endsWith(".whl")) return void 0;
  const parts = filename.slice(0, -".whl".length).split("-");
  if (parts.length !== 5 && parts.length !== 6) return void 0;
  if (parts.some((part) => part === "")) return void 0;
  const [name, version2] = parts;
  const build = parts.length === 6 ? parts[2] : void 0;
  const [python, abi, platform] = parts.slice(-3);
  return {
    kind: "wheel",
    name,
    version: version2,
    build,
    pythonTags: python.split("."),
    abiTags: abi.split("."),
    platformTags: platform.split(".")
  };
}
function parseSdistFilename(filename) {
  if (!filename.endsWith(".tar.gz")) return void 0;
  const stem = filename.slice(0, -".tar.gz".length);
  const dash = stem.lastIndexOf("-");
  if (dash <= 0 || dash === stem.length - 1) return void 0;
  return { kind: "sdist", name: stem.slice(0, dash), version: stem.slice(dash + 1) };
}
function parseDistFilename(filename) {
  return parseWheelFilename(filename) ?? parseSdistFilename(filename);
}

// packages/dists/src/names.ts
var import_pep440 = __toESM(require_pep440(), 1);
var VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
function isValidProjectName(name) {
  return VALID_NAME.test(name);
}
function normalizeName(name) {
  return name.replace(/[-_.]+/g, "-").toLowerCase();
}
function escapeName(name) {
  return normalizeName(name).replace(/-/g, "_");
}
function normalizeVersion(version2) {
  if (version2 !== version2.trim()) return void 0;
  return memo(normalized, version2, () => cleanWithLocal(version2));
}
function cleanWithLocal(version2) {
  const cleaned = (0, import_pep440.clean)(version2);
  if (cleaned === null || cleaned === void 0) return void 0;
  const plus = cleaned.indexOf("+");
  if (plus < 0) return cleaned;
  const local2 = (0, import_pep440.explain)(version2)?.local;
  if (!local2) return cleaned;
  return `${cleaned.slice(0, plus)}+${local2.toLowerCase().replace(/[-_]/g, ".")}`;
}
var normalized = /* @__PURE__ */ new Map();
var MEMO_LIMIT = 1e4;
function memo(cache, key, compute) {
  if (cache.has(key)) return cache.get(key);
  const value = compute();
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}
function localVersionPart(version2) {
  return (0, import_pep440.explain)(version2)?.local ?? void 0;
}
function sameVersion(a, b) {
  return normalizeVersion(a) !== void 0 && normalizeVersion(b) !== void 0 && (0, import_pep440.eq)(a, b);
}

// packages/async-pool/src/map-bounded.ts
async function mapBounded(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// packages/dists/src/check-file.ts
import { statSync } from "node:fs";
import { basename } from "node:path";

// packages/dists/src/archive/file-window.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { open as open2 } from "node:fs/promises";

// packages/dists/src/hashing.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";

// node_modules/.pnpm/hash-wasm@4.13.0/node_modules/hash-wasm/dist/index.esm.js
function __awaiter(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}
var Mutex = class {
  constructor() {
    this.mutex = Promise.resolve();
  }
  lock() {
    let begin = () => {
    };
    this.mutex = this.mutex.then(() => new Promise(begin));
    return new Promise((res) => {
      begin = res;
    });
  }
  dispatch(fn) {
    return __awaiter(this, void 0, void 0, function* () {
      const unlock = yield this.lock();
      try {
        return yield Promise.resolve(fn());
      } finally {
        unlock();
      }
    });
  }
};
var _a2;
function getGlobal() {
  if (typeof globalThis !== "undefined")
    return globalThis;
  if (typeof self !== "undefined")
    return self;
  if (typeof window !== "undefined")
    return window;
  return global;
}
var globalObject = getGlobal();
var nodeBuffer = (_a2 = globalObject.Buffer) !== null && _a2 !== void 0 ? _a2 : null;
var textEncoder = globalObject.TextEncoder ? new globalObject.TextEncoder() : null;
function hexCharCodesToInt(a, b) {
  return (a & 15) + (a >> 6 | a >> 3 & 8) << 4 | (b & 15) + (b >> 6 | b >> 3 & 8);
}
function writeHexToUInt8(buf, str) {
  const size = str.length >> 1;
  for (let i2 = 0; i2 < size; i2++) {
    const index = i2 << 1;
    buf[i2] = hexCharCodesToInt(str.charCodeAt(index), str.charCodeAt(index + 1));
  }
}
function hexStringEqualsUInt8(str, buf) {
  if (str.length !== buf.length * 2) {
    return false;
  }
  for (let i2 = 0; i2 < buf.length; i2++) {
    const strIndex = i2 << 1;
    if (buf[i2] !== hexCharCodesToInt(str.charCodeAt(strIndex), str.charCodeAt(strIndex + 1))) {
      return false;
    }
  }
  return true;
}
var alpha = "a".charCodeAt(0) - 10;
var digit = "0".charCodeAt(0);
function getDigestHex(tmpBuffer, input, hashLength) {
  let p = 0;
  for (let i2 = 0; i2 < hashLength; i2++) {
    let nibble = input[i2] >>> 4;
    tmpBuffer[p++] = nibble > 9 ? nibble + alpha : nibble + digit;
    nibble = input[i2] & 15;
    tmpBuffer[p++] = nibble > 9 ? nibble + alpha : nibble + digit;
  }
  return String.fromCharCode.apply(null, tmpBuffer);
}
var getUInt8Buffer = nodeBuffer !== null ? (data) => {
  if (typeof data === "string") {
    const buf = nodeBuffer.from(data, "utf8");
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  }
  if (nodeBuffer.isBuffer(data)) {
    return new Uint8Array(data.buffer, data.byteOffset, data.length);
  }
  if (ArrayBuffer.isView(data)) {
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  throw new Error("Invalid data type!");
} : (data) => {
  if (typeof data === "string") {
    return textEncoder.encode(data);
  }
  if (ArrayBuffer.isView(data)) {
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  throw new Error("Invalid data type!");
};
var base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var base64Lookup = new Uint8Array(256);
for (let i2 = 0; i2 < base64Chars.length; i2++) {
  base64Lookup[base64Chars.charCodeAt(i2)] = i2;
}
function getDecodeBase64Length(data) {
  let bufferLength = Math.floor(data.length * 0.75);
  const len = data.length;
  if (data[len - 1] === "=") {
    bufferLength -= 1;
    if (data[len - 2] === "=") {
      bufferLength -= 1;
    }
  }
  return bufferLength;
}
function decodeBase64(data) {
  const bufferLength = getDecodeBase64Length(data);
  const len = data.length;
  const bytes = new Uint8Array(bufferLength);
  let p = 0;
  for (let i2 = 0; i2 < len; i2 += 4) {
    const encoded1 = base64Lookup[data.charCodeAt(i2)];
    const encoded2 = base64Lookup[data.charCodeAt(i2 + 1)];
    const encoded3 = base64Lookup[data.charCodeAt(i2 + 2)];
    const encoded4 = base64Lookup[data.charCodeAt(i2 + 3)];
    bytes[p] = encoded1 << 2 | encoded2 >> 4;
    p += 1;
    bytes[p] = (encoded2 & 15) << 4 | encoded3 >> 2;
    p += 1;
    bytes[p] = (encoded3 & 3) << 6 | encoded4 & 63;
    p += 1;
  }
  return bytes;
}
var MAX_HEAP = 16 * 1024;
var WASM_FUNC_HASH_LENGTH = 4;
var wasmMutex = new Mutex();
var wasmModuleCache = /* @__PURE__ */ new Map();
function WASMInterface(binary, hashLength) {
  return __awaiter(this, void 0, void 0, function* () {
    let wasmInstance = null;
    let memoryView = null;
    let initialized = false;
    if (typeof WebAssembly === "undefined") {
      throw new Error("WebAssembly is not supported in this environment!");
    }
    const writeMemory = (data, offset = 0) => {
      memoryView.set(data, offset);
    };
    const getMemory = () => memoryView;
    const getExports = () => wasmInstance.exports;
    const setMemorySize = (totalSize) => {
      wasmInstance.exports.Hash_SetMemorySize(totalSize);
      const arrayOffset = wasmInstance.exports.Hash_GetBuffer();
      const memoryBuffer = wasmInstance.exports.memory.buffer;
      memoryView = new Uint8Array(memoryBuffer, arrayOffset, totalSize);
    };
    const getStateSize = () => {
      const view = new DataView(wasmInstance.exports.memory.buffer);
      const stateSize = view.getUint32(wasmInstance.exports.STATE_SIZE, true);
      return stateSize;
    };
    const loadWASMPromise = wasmMutex.dispatch(() => __awaiter(this, void 0, void 0, function* () {
      if (!wasmModuleCache.has(binary.name)) {
        const asm = decodeBase64(binary.data);
        const promise = WebAssembly.compile(asm.buffer);
        wasmModuleCache.set(binary.name, promise);
      }
      const module = yield wasmModuleCache.get(binary.name);
      wasmInstance = yield WebAssembly.instantiate(module, {
        // env: {
        //   emscripten_memcpy_big: (dest, src, num) => {
        //     const memoryBuffer = wasmInstance.exports.memory.buffer;
        //     const memView = new Uint8Array(memoryBuffer, 0);
        //     memView.set(memView.subarray(src, src + num), dest);
        //   },
        //   print_memory: (offset, len) => {
        //     const memoryBuffer = wasmInstance.exports.memory.buffer;
        //     const memView = new Uint8Array(memoryBuffer, 0);
        //     console.log('print_int32', memView.subarray(offset, offset + len));
        //   },
        // },
      });
    }));
    const setupInterface = () => __awaiter(this, void 0, void 0, function* () {
      if (!wasmInstance) {
        yield loadWASMPromise;
      }
      const arrayOffset = wasmInstance.exports.Hash_GetBuffer();
      const memoryBuffer = wasmInstance.exports.memory.buffer;
      memoryView = new Uint8Array(memoryBuffer, arrayOffset, MAX_HEAP);
    });
    const init = (bits2 = null) => {
      initialized = true;
      wasmInstance.exports.Hash_Init(bits2);
    };
    const updateUInt8Array = (data) => {
      let read = 0;
      while (read < data.length) {
        const chunk = data.subarray(read, read + MAX_HEAP);
        read += chunk.length;
        memoryView.set(chunk);
        wasmInstance.exports.Hash_Update(chunk.length);
      }
    };
    const update = (data) => {
      if (!initialized) {
        throw new Error("update() called before init()");
      }
      const Uint8Buffer = getUInt8Buffer(data);
      updateUInt8Array(Uint8Buffer);
    };
    const digestChars = new Uint8Array(hashLength * 2);
    const digest = (outputType, padding = null) => {
      if (!initialized) {
        throw new Error("digest() called before init()");
      }
      initialized = false;
      wasmInstance.exports.Hash_Final(padding);
      if (outputType === "binary") {
        return memoryView.slice(0, hashLength);
      }
      return getDigestHex(digestChars, memoryView, hashLength);
    };
    const save = () => {
      if (!initialized) {
        throw new Error("save() can only be called after init() and before digest()");
      }
      const stateOffset = wasmInstance.exports.Hash_GetState();
      const stateLength = getStateSize();
      const memoryBuffer = wasmInstance.exports.memory.buffer;
      const internalState = new Uint8Array(memoryBuffer, stateOffset, stateLength);
      const prefixedState = new Uint8Array(WASM_FUNC_HASH_LENGTH + stateLength);
      writeHexToUInt8(prefixedState, binary.hash);
      prefixedState.set(internalState, WASM_FUNC_HASH_LENGTH);
      return prefixedState;
    };
    const load = (state) => {
      if (!(state instanceof Uint8Array)) {
        throw new Error("load() expects an Uint8Array generated by save()");
      }
      const stateOffset = wasmInstance.exports.Hash_GetState();
      const stateLength = getStateSize();
      const overallLength = WASM_FUNC_HASH_LENGTH + stateLength;
      const memoryBuffer = wasmInstance.exports.memory.buffer;
      if (state.length !== overallLength) {
        throw new Error(`Bad state length (expected ${overallLength} bytes, got ${state.length})`);
      }
      if (!hexStringEqualsUInt8(binary.hash, state.subarray(0, WASM_FUNC_HASH_LENGTH))) {
        throw new Error("This state was written by an incompatible hash implementation");
      }
      const internalState = state.subarray(WASM_FUNC_HASH_LENGTH);
      new Uint8Array(memoryBuffer, stateOffset, stateLength).set(internalState);
      initialized = true;
    };
    const isDataShort = (data) => {
      if (typeof data === "string") {
        return data.length < MAX_HEAP / 4;
      }
      return data.byteLength < MAX_HEAP;
    };
    let canSimplify = isDataShort;
    switch (binary.name) {
      case "argon2":
      case "scrypt":
        canSimplify = () => true;
        break;
      case "blake2b":
      case "blake2s":
        canSimplify = (data, initParam) => initParam <= 512 && isDataShort(data);
        break;
      case "blake3":
        canSimplify = (data, initParam) => initParam === 0 && isDataShort(data);
        break;
      case "xxhash64":
      // cannot simplify
      case "xxhash3":
      case "xxhash128":
      case "crc64":
        canSimplify = () => false;
        break;
    }
    const calculate = (data, initParam = null, digestParam = null) => {
      if (!canSimplify(data, initParam)) {
        init(initParam);
        update(data);
        return digest("hex", digestParam);
      }
      const buffer = getUInt8Buffer(data);
      memoryView.set(buffer);
      wasmInstance.exports.Hash_Calculate(buffer.length, initParam, digestParam);
      return getDigestHex(digestChars, memoryView, hashLength);
    };
    yield setupInterface();
    return {
      getMemory,
      writeMemory,
      getExports,
      setMemorySize,
      init,
      update,
      digest,
      save,
      load,
      calculate,
      hashLength
    };
  });
}
var mutex$l = new Mutex();
var name$j = "blake2b";
var data$j = "AGFzbQEAAAABEQRgAAF/YAJ/fwBgAX8AYAAAAwoJAAECAwECAgABBQQBAQICBg8CfwFBgIAEC38AQYCABAsHggEJBm1lbW9yeQIAD19fc3RhY2tfcG9pbnRlcgMADkhhc2hfR2V0QnVmZmVyAAAKSGFzaF9GaW5hbAADCUhhc2hfSW5pdAAFC0hhc2hfVXBkYXRlAAYNSGFzaF9HZXRTdGF0ZQAHDkhhc2hfQ2FsY3VsYXRlAAgKU1RBVEVfU0laRQMBCsU4CQYAQYCBBAvcAgIFfwF+AkAgAUEBSA0AAkAgAUGAAUEAKALgggUiAmsiA0wNAEEAQQA2AuCCBQJAIAJB/wBKDQAgAkHggQVqIQQgACEFQQAhBgNAIAQgBS0AADoAACAFQQFqIQUgBEEBaiEEIAMgBkEBaiIGQf8BcUoNAAsLQQBBACkDwIEFIgdCgAF8NwPAgQVBAEEAKQPIgQUgB0L/flatfDcDyIEFQeCBBRACIAAgA2ohAAJAIAEgA2siBEGBAU4NACAEIQEMAQsgAiABaiEEA0BBAEEAKQPAgQUiB0KAAXw3A8CBBUEAQQApA8iBBSAHQv9+Vq18NwPIgQUgABACIABBgAFqIQAgBEGAf2oiBEGAAksNAAsgBEGAf2ohAQtBACEEA0AgBEEAKALgggVqQeCBBWogACAEai0AADoAACABIARBAWoiBEH/AXFLDQALQQBBACgC4IIFIAFqNgLgggULC78uASR+QQBBACkD0IEFQQApA7CBBSIBQQApA5CBBXwgACkDICICfCIDhULr+obav7X2wR+FQiCJIgRCq/DT9K/uvLc8fCIFIAGFQiiJIgYgA3wgACkDKCIBfCIHIASFQjCJIgggBXwiCSAGhUIBiSIKQQApA8iBBUEAKQOogQUiBEEAKQOIgQV8IAApAxAiA3wiBYVCn9j52cKR2oKbf4VCIIkiC0K7zqqm2NDrs7t/fCIMIASFQiiJIg0gBXwgACkDGCIEfCIOfCAAKQNQIgV8Ig9BACkDwIEFQQApA6CBBSIQQQApA4CBBSIRfCAAKQMAIgZ8IhKFQtGFmu/6z5SH0QCFQiCJIhNCiJLznf/M+YTqAHwiFCAQhUIoiSIVIBJ8IAApAwgiEHwiFiAThUIwiSIXhUIgiSIYQQApA9iBBUEAKQO4gQUiE0EAKQOYgQV8IAApAzAiEnwiGYVC+cL4m5Gjs/DbAIVCIIkiGkLx7fT4paf9p6V/fCIbIBOFQiiJIhwgGXwgACkDOCITfCIZIBqFQjCJIhogG3wiG3wiHSAKhUIoiSIeIA98IAApA1giCnwiDyAYhUIwiSIYIB18Ih0gDiALhUIwiSIOIAx8Ih8gDYVCAYkiDCAWfCAAKQNAIgt8Ig0gGoVCIIkiFiAJfCIaIAyFQiiJIiAgDXwgACkDSCIJfCIhIBaFQjCJIhYgGyAchUIBiSIMIAd8IAApA2AiB3wiDSAOhUIgiSIOIBcgFHwiFHwiFyAMhUIoiSIbIA18IAApA2giDHwiHCAOhUIwiSIOIBd8IhcgG4VCAYkiGyAZIBQgFYVCAYkiFHwgACkDcCINfCIVIAiFQiCJIhkgH3wiHyAUhUIoiSIUIBV8IAApA3giCHwiFXwgDHwiIoVCIIkiI3wiJCAbhUIoiSIbICJ8IBJ8IiIgFyAYIBUgGYVCMIkiFSAffCIZIBSFQgGJIhQgIXwgDXwiH4VCIIkiGHwiFyAUhUIoiSIUIB98IAV8Ih8gGIVCMIkiGCAXfCIXIBSFQgGJIhR8IAF8IiEgFiAafCIWIBUgHSAehUIBiSIaIBx8IAl8IhyFQiCJIhV8Ih0gGoVCKIkiGiAcfCAIfCIcIBWFQjCJIhWFQiCJIh4gGSAOIBYgIIVCAYkiFiAPfCACfCIPhUIgiSIOfCIZIBaFQiiJIhYgD3wgC3wiDyAOhUIwiSIOIBl8Ihl8IiAgFIVCKIkiFCAhfCAEfCIhIB6FQjCJIh4gIHwiICAiICOFQjCJIiIgJHwiIyAbhUIBiSIbIBx8IAp8IhwgDoVCIIkiDiAXfCIXIBuFQiiJIhsgHHwgE3wiHCAOhUIwiSIOIBkgFoVCAYkiFiAffCAQfCIZICKFQiCJIh8gFSAdfCIVfCIdIBaFQiiJIhYgGXwgB3wiGSAfhUIwiSIfIB18Ih0gFoVCAYkiFiAVIBqFQgGJIhUgD3wgBnwiDyAYhUIgiSIYICN8IhogFYVCKIkiFSAPfCADfCIPfCAHfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgBnwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAOIBd8Ig4gDyAYhUIwiSIPICAgFIVCAYkiFCAZfCAKfCIXhUIgiSIYfCIZIBSFQiiJIhQgF3wgC3wiF3wgBXwiICAPIBp8Ig8gHyAOIBuFQgGJIg4gIXwgCHwiGoVCIIkiG3wiHyAOhUIoiSIOIBp8IAx8IhogG4VCMIkiG4VCIIkiISAdIB4gDyAVhUIBiSIPIBx8IAF8IhWFQiCJIhx8Ih0gD4VCKIkiDyAVfCADfCIVIByFQjCJIhwgHXwiHXwiHiAWhUIoiSIWICB8IA18IiAgIYVCMIkiISAefCIeIBogFyAYhUIwiSIXIBl8IhggFIVCAYkiFHwgCXwiGSAchUIgiSIaICR8IhwgFIVCKIkiFCAZfCACfCIZIBqFQjCJIhogHSAPhUIBiSIPICJ8IAR8Ih0gF4VCIIkiFyAbIB98Iht8Ih8gD4VCKIkiDyAdfCASfCIdIBeFQjCJIhcgH3wiHyAPhUIBiSIPIBsgDoVCAYkiDiAVfCATfCIVICOFQiCJIhsgGHwiGCAOhUIoiSIOIBV8IBB8IhV8IAx8IiKFQiCJIiN8IiQgD4VCKIkiDyAifCAHfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBogHHwiGiAVIBuFQjCJIhUgHiAWhUIBiSIWIB18IAR8IhuFQiCJIhx8Ih0gFoVCKIkiFiAbfCAQfCIbfCABfCIeIBUgGHwiFSAXIBogFIVCAYkiFCAgfCATfCIYhUIgiSIXfCIaIBSFQiiJIhQgGHwgCXwiGCAXhUIwiSIXhUIgiSIgIB8gISAVIA6FQgGJIg4gGXwgCnwiFYVCIIkiGXwiHyAOhUIoiSIOIBV8IA18IhUgGYVCMIkiGSAffCIffCIhIA+FQiiJIg8gHnwgBXwiHiAghUIwiSIgICF8IiEgGyAchUIwiSIbIB18IhwgFoVCAYkiFiAYfCADfCIYIBmFQiCJIhkgJHwiHSAWhUIoiSIWIBh8IBJ8IhggGYVCMIkiGSAfIA6FQgGJIg4gInwgAnwiHyAbhUIgiSIbIBcgGnwiF3wiGiAOhUIoiSIOIB98IAZ8Ih8gG4VCMIkiGyAafCIaIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAh8IhUgI4VCIIkiFyAcfCIcIBSFQiiJIhQgFXwgC3wiFXwgBXwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IAh8IiIgGiAgIBUgF4VCMIkiFSAcfCIXIBSFQgGJIhQgGHwgCXwiGIVCIIkiHHwiGiAUhUIoiSIUIBh8IAZ8IhggHIVCMIkiHCAafCIaIBSFQgGJIhR8IAR8IiAgGSAdfCIZIBUgISAPhUIBiSIPIB98IAN8Ih2FQiCJIhV8Ih8gD4VCKIkiDyAdfCACfCIdIBWFQjCJIhWFQiCJIiEgFyAbIBkgFoVCAYkiFiAefCABfCIZhUIgiSIbfCIXIBaFQiiJIhYgGXwgE3wiGSAbhUIwiSIbIBd8Ihd8Ih4gFIVCKIkiFCAgfCAMfCIgICGFQjCJIiEgHnwiHiAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIB18IBJ8Ih0gG4VCIIkiGyAafCIaIA6FQiiJIg4gHXwgC3wiHSAbhUIwiSIbIBcgFoVCAYkiFiAYfCANfCIXICKFQiCJIhggFSAffCIVfCIfIBaFQiiJIhYgF3wgEHwiFyAYhUIwiSIYIB98Ih8gFoVCAYkiFiAVIA+FQgGJIg8gGXwgCnwiFSAchUIgiSIZICN8IhwgD4VCKIkiDyAVfCAHfCIVfCASfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgBXwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAbIBp8IhogFSAZhUIwiSIVIB4gFIVCAYkiFCAXfCADfCIXhUIgiSIZfCIbIBSFQiiJIhQgF3wgB3wiF3wgAnwiHiAVIBx8IhUgGCAaIA6FQgGJIg4gIHwgC3wiGoVCIIkiGHwiHCAOhUIoiSIOIBp8IAR8IhogGIVCMIkiGIVCIIkiICAfICEgFSAPhUIBiSIPIB18IAZ8IhWFQiCJIh18Ih8gD4VCKIkiDyAVfCAKfCIVIB2FQjCJIh0gH3wiH3wiISAWhUIoiSIWIB58IAx8Ih4gIIVCMIkiICAhfCIhIBogFyAZhUIwiSIXIBt8IhkgFIVCAYkiFHwgEHwiGiAdhUIgiSIbICR8Ih0gFIVCKIkiFCAafCAJfCIaIBuFQjCJIhsgHyAPhUIBiSIPICJ8IBN8Ih8gF4VCIIkiFyAYIBx8Ihh8IhwgD4VCKIkiDyAffCABfCIfIBeFQjCJIhcgHHwiHCAPhUIBiSIPIBggDoVCAYkiDiAVfCAIfCIVICOFQiCJIhggGXwiGSAOhUIoiSIOIBV8IA18IhV8IA18IiKFQiCJIiN8IiQgD4VCKIkiDyAifCAMfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBsgHXwiGyAVIBiFQjCJIhUgISAWhUIBiSIWIB98IBB8IhiFQiCJIh18Ih8gFoVCKIkiFiAYfCAIfCIYfCASfCIhIBUgGXwiFSAXIBsgFIVCAYkiFCAefCAHfCIZhUIgiSIXfCIbIBSFQiiJIhQgGXwgAXwiGSAXhUIwiSIXhUIgiSIeIBwgICAVIA6FQgGJIg4gGnwgAnwiFYVCIIkiGnwiHCAOhUIoiSIOIBV8IAV8IhUgGoVCMIkiGiAcfCIcfCIgIA+FQiiJIg8gIXwgBHwiISAehUIwiSIeICB8IiAgGCAdhUIwiSIYIB98Ih0gFoVCAYkiFiAZfCAGfCIZIBqFQiCJIhogJHwiHyAWhUIoiSIWIBl8IBN8IhkgGoVCMIkiGiAcIA6FQgGJIg4gInwgCXwiHCAYhUIgiSIYIBcgG3wiF3wiGyAOhUIoiSIOIBx8IAN8IhwgGIVCMIkiGCAbfCIbIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAt8IhUgI4VCIIkiFyAdfCIdIBSFQiiJIhQgFXwgCnwiFXwgBHwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IAl8IiIgGyAeIBUgF4VCMIkiFSAdfCIXIBSFQgGJIhQgGXwgDHwiGYVCIIkiHXwiGyAUhUIoiSIUIBl8IAp8IhkgHYVCMIkiHSAbfCIbIBSFQgGJIhR8IAN8Ih4gGiAffCIaIBUgICAPhUIBiSIPIBx8IAd8IhyFQiCJIhV8Ih8gD4VCKIkiDyAcfCAQfCIcIBWFQjCJIhWFQiCJIiAgFyAYIBogFoVCAYkiFiAhfCATfCIahUIgiSIYfCIXIBaFQiiJIhYgGnwgDXwiGiAYhUIwiSIYIBd8Ihd8IiEgFIVCKIkiFCAefCAFfCIeICCFQjCJIiAgIXwiISAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIBx8IAt8IhwgGIVCIIkiGCAbfCIbIA6FQiiJIg4gHHwgEnwiHCAYhUIwiSIYIBcgFoVCAYkiFiAZfCABfCIXICKFQiCJIhkgFSAffCIVfCIfIBaFQiiJIhYgF3wgBnwiFyAZhUIwiSIZIB98Ih8gFoVCAYkiFiAVIA+FQgGJIg8gGnwgCHwiFSAdhUIgiSIaICN8Ih0gD4VCKIkiDyAVfCACfCIVfCANfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgCXwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAYIBt8IhggFSAahUIwiSIVICEgFIVCAYkiFCAXfCASfCIXhUIgiSIafCIbIBSFQiiJIhQgF3wgCHwiF3wgB3wiISAVIB18IhUgGSAYIA6FQgGJIg4gHnwgBnwiGIVCIIkiGXwiHSAOhUIoiSIOIBh8IAt8IhggGYVCMIkiGYVCIIkiHiAfICAgFSAPhUIBiSIPIBx8IAp8IhWFQiCJIhx8Ih8gD4VCKIkiDyAVfCAEfCIVIByFQjCJIhwgH3wiH3wiICAWhUIoiSIWICF8IAN8IiEgHoVCMIkiHiAgfCIgIBggFyAahUIwiSIXIBt8IhogFIVCAYkiFHwgBXwiGCAchUIgiSIbICR8IhwgFIVCKIkiFCAYfCABfCIYIBuFQjCJIhsgHyAPhUIBiSIPICJ8IAx8Ih8gF4VCIIkiFyAZIB18Ihl8Ih0gD4VCKIkiDyAffCATfCIfIBeFQjCJIhcgHXwiHSAPhUIBiSIPIBkgDoVCAYkiDiAVfCAQfCIVICOFQiCJIhkgGnwiGiAOhUIoiSIOIBV8IAJ8IhV8IBN8IiKFQiCJIiN8IiQgD4VCKIkiDyAifCASfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBsgHHwiGyAVIBmFQjCJIhUgICAWhUIBiSIWIB98IAt8IhmFQiCJIhx8Ih8gFoVCKIkiFiAZfCACfCIZfCAJfCIgIBUgGnwiFSAXIBsgFIVCAYkiFCAhfCAFfCIahUIgiSIXfCIbIBSFQiiJIhQgGnwgA3wiGiAXhUIwiSIXhUIgiSIhIB0gHiAVIA6FQgGJIg4gGHwgEHwiFYVCIIkiGHwiHSAOhUIoiSIOIBV8IAF8IhUgGIVCMIkiGCAdfCIdfCIeIA+FQiiJIg8gIHwgDXwiICAhhUIwiSIhIB58Ih4gGSAchUIwiSIZIB98IhwgFoVCAYkiFiAafCAIfCIaIBiFQiCJIhggJHwiHyAWhUIoiSIWIBp8IAp8IhogGIVCMIkiGCAdIA6FQgGJIg4gInwgBHwiHSAZhUIgiSIZIBcgG3wiF3wiGyAOhUIoiSIOIB18IAd8Ih0gGYVCMIkiGSAbfCIbIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAx8IhUgI4VCIIkiFyAcfCIcIBSFQiiJIhQgFXwgBnwiFXwgEnwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IBN8IiIgGyAhIBUgF4VCMIkiFSAcfCIXIBSFQgGJIhQgGnwgBnwiGoVCIIkiHHwiGyAUhUIoiSIUIBp8IBB8IhogHIVCMIkiHCAbfCIbIBSFQgGJIhR8IA18IiEgGCAffCIYIBUgHiAPhUIBiSIPIB18IAJ8Ih2FQiCJIhV8Ih4gD4VCKIkiDyAdfCABfCIdIBWFQjCJIhWFQiCJIh8gFyAZIBggFoVCAYkiFiAgfCADfCIYhUIgiSIZfCIXIBaFQiiJIhYgGHwgBHwiGCAZhUIwiSIZIBd8Ihd8IiAgFIVCKIkiFCAhfCAIfCIhIB+FQjCJIh8gIHwiICAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIB18IAd8Ih0gGYVCIIkiGSAbfCIbIA6FQiiJIg4gHXwgDHwiHSAZhUIwiSIZIBcgFoVCAYkiFiAafCALfCIXICKFQiCJIhogFSAefCIVfCIeIBaFQiiJIhYgF3wgCXwiFyAahUIwiSIaIB58Ih4gFoVCAYkiFiAVIA+FQgGJIg8gGHwgBXwiFSAchUIgiSIYICN8IhwgD4VCKIkiDyAVfCAKfCIVfCACfCIChUIgiSIifCIjIBaFQiiJIhYgAnwgC3wiAiAihUIwiSILICN8IiIgFoVCAYkiFiAZIBt8IhkgFSAYhUIwiSIVICAgFIVCAYkiFCAXfCANfCINhUIgiSIXfCIYIBSFQiiJIhQgDXwgBXwiBXwgEHwiECAVIBx8Ig0gGiAZIA6FQgGJIg4gIXwgDHwiDIVCIIkiFXwiGSAOhUIoiSIOIAx8IBJ8IhIgFYVCMIkiDIVCIIkiFSAeIB8gDSAPhUIBiSINIB18IAl8IgmFQiCJIg98IhogDYVCKIkiDSAJfCAIfCIJIA+FQjCJIgggGnwiD3wiGiAWhUIoiSIWIBB8IAd8IhAgEYUgDCAZfCIHIA6FQgGJIgwgCXwgCnwiCiALhUIgiSILIAUgF4VCMIkiBSAYfCIJfCIOIAyFQiiJIgwgCnwgE3wiEyALhUIwiSIKIA58IguFNwOAgQVBACADIAYgDyANhUIBiSINIAJ8fCICIAWFQiCJIgUgB3wiBiANhUIoiSIHIAJ8fCICQQApA4iBBYUgBCABIBIgCSAUhUIBiSIDfHwiASAIhUIgiSISICJ8IgkgA4VCKIkiAyABfHwiASAShUIwiSIEIAl8IhKFNwOIgQVBACATQQApA5CBBYUgECAVhUIwiSIQIBp8IhOFNwOQgQVBACABQQApA5iBBYUgAiAFhUIwiSICIAZ8IgGFNwOYgQVBACASIAOFQgGJQQApA6CBBYUgAoU3A6CBBUEAIBMgFoVCAYlBACkDqIEFhSAKhTcDqIEFQQAgASAHhUIBiUEAKQOwgQWFIASFNwOwgQVBACALIAyFQgGJQQApA7iBBYUgEIU3A7iBBQveAgUBfwF+AX8BfgJ/IwBBwABrIgAkAAJAQQApA9CBBUIAUg0AQQBBACkDwIEFIgFBACgC4IIFIgKsfCIDNwPAgQVBAEEAKQPIgQUgAyABVK18NwPIgQUCQEEALQDoggVFDQBBAEJ/NwPYgQULQQBCfzcD0IEFAkAgAkH/AEoNAEEAIQQDQCACIARqQeCBBWpBADoAACAEQQFqIgRBgAFBACgC4IIFIgJrSA0ACwtB4IEFEAIgAEEAKQOAgQU3AwAgAEEAKQOIgQU3AwggAEEAKQOQgQU3AxAgAEEAKQOYgQU3AxggAEEAKQOggQU3AyAgAEEAKQOogQU3AyggAEEAKQOwgQU3AzAgAEEAKQO4gQU3AzhBACgC5IIFIgVBAUgNAEEAIQJBACEEA0AgBEGAgQRqIAAgBGotAAA6AAAgBEEBaiEEIAUgAkEBaiICQf8BcUsNAAsLIABBwABqJAAL+gMCAn8BfiMAQYABayICJABBAEGBAjsB8oIFQQAgAToA8YIFQQAgADoA8IIFQZB+IQADQCAAQYCDBWpCADcAACAAQfiCBWpCADcAACAAQfCCBWpCADcAACAAQRhqIgANAAtBACEDQQBBACkD8IIFIgRCiJLznf/M+YTqAIU3A4CBBUEAQQApA/iCBUK7zqqm2NDrs7t/hTcDiIEFQQBBACkDgIMFQqvw0/Sv7ry3PIU3A5CBBUEAQQApA4iDBULx7fT4paf9p6V/hTcDmIEFQQBBACkDkIMFQtGFmu/6z5SH0QCFNwOggQVBAEEAKQOYgwVCn9j52cKR2oKbf4U3A6iBBUEAQQApA6CDBULr+obav7X2wR+FNwOwgQVBAEEAKQOogwVC+cL4m5Gjs/DbAIU3A7iBBUEAIASnQf8BcTYC5IIFAkAgAUUNACACQgA3A3ggAkIANwNwIAJCADcDaCACQgA3A2AgAkIANwNYIAJCADcDUCACQgA3A0ggAkIANwNAIAJCADcDOCACQgA3AzAgAkIANwMoIAJCADcDICACQgA3AxggAkIANwMQIAJCADcDCCACQgA3AwBBACEAA0AgAiAAaiAAQYCBBGotAAA6AAAgAEEBaiEAIAEgA0EBaiIDQf8BcUsNAAsgAkGAARABCyACQYABaiQACxIAIABBA3ZB/z9xIABBEHYQBAsKAEGAgQQgABABCwYAQYCBBQscACABQQN2Qf8/cSABQRB2EARBgIEEIAAQARADCwsMAQBBgIAECwTwAAAA";
var hash$j = "22cf500a";
var wasmJson$j = {
  name: name$j,
  data: data$j,
  hash: hash$j
};
var mutex$k = new Mutex();
function validateBits$4(bits2) {
  if (!Number.isInteger(bits2) || bits2 < 8 || bits2 > 512 || bits2 % 8 !== 0) {
    return new Error("Invalid variant! Valid values: 8, 16, ..., 512");
  }
  return null;
}
function getInitParam$1(outputBits, keyBits) {
  return outputBits | keyBits << 16;
}
function createBLAKE2b(bits2 = 512, key = null) {
  if (validateBits$4(bits2)) {
    return Promise.reject(validateBits$4(bits2));
  }
  let keyBuffer = null;
  let initParam = bits2;
  if (key !== null) {
    keyBuffer = getUInt8Buffer(key);
    if (keyBuffer.length > 64) {
      return Promise.reject(new Error("Max key length is 64 bytes"));
    }
    initParam = getInitParam$1(bits2, keyBuffer.length);
  }
  const outputSize = bits2 / 8;
  return WASMInterface(wasmJson$j, outputSize).then((wasm) => {
    if (initParam > 512) {
      wasm.writeMemory(keyBuffer);
    }
    wasm.init(initParam);
    const obj = {
      init: initParam > 512 ? () => {
        wasm.writeMemory(keyBuffer);
        wasm.init(initParam);
        return obj;
      } : () => {
        wasm.init(initParam);
        return obj;
      },
      update: (data) => {
        wasm.update(data);
        return obj;
      },
      // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
      digest: (outputType) => wasm.digest(outputType),
      save: () => wasm.save(),
      load: (data) => {
        wasm.load(data);
        return obj;
      },
      blockSize: 128,
      digestSize: outputSize
    };
    return obj;
  });
}
var uint32View = new DataView(new ArrayBuffer(4));
var mutex$j = new Mutex();
var mutex$i = new Mutex();
var mutex$h = new Mutex();
var mutex$g = new Mutex();
var polyBuffer = new Uint8Array(8);
var mutex$f = new Mutex();
var mutex$e = new Mutex();
var mutex$d = new Mutex();
var mutex$c = new Mutex();
var mutex$b = new Mutex();
var mutex$a = new Mutex();
var mutex$9 = new Mutex();
var mutex$8 = new Mutex();
var mutex$7 = new Mutex();
var mutex$6 = new Mutex();
var mutex$5 = new Mutex();
var seedBuffer$2 = new Uint8Array(8);
var mutex$4 = new Mutex();
var seedBuffer$1 = new Uint8Array(8);
var mutex$3 = new Mutex();
var seedBuffer = new Uint8Array(8);
var mutex$2 = new Mutex();
var mutex$1 = new Mutex();
var mutex = new Mutex();

// packages/dists/src/errors.ts
var DistsError = class extends Error {
  name = "DistsError";
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
};

// packages/dists/src/hashing.ts
var idleBlake2 = [];
var MAX_IDLE = 64;
async function acquireBlake2b256() {
  const hasher = idleBlake2.pop() ?? await createBLAKE2b(256);
  hasher.init();
  return hasher;
}
function releaseBlake2b256(hasher) {
  if (idleBlake2.length < MAX_IDLE) idleBlake2.push(hasher);
}
async function createDigester() {
  const sha256 = createHash("sha256");
  const md5 = createHash("md5");
  const blake2 = await acquireBlake2b256();
  let size = 0;
  return {
    update(chunk) {
      size += chunk.length;
      sha256.update(chunk);
      md5.update(chunk);
      blake2.update(chunk);
    },
    digest() {
      return {
        size,
        sha256: sha256.digest("hex"),
        blake2_256: finishBlake2(blake2),
        md5: md5.digest("hex")
      };
    }
  };
}
async function hashFile(path) {
  const digester = await createDigester();
  const buffer = Buffer.allocUnsafe(1 << 20);
  let handle;
  try {
    handle = await open(path, "r");
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      digester.update(buffer.subarray(0, bytesRead));
    }
  } catch (error2) {
    throw ioError(path, error2);
  } finally {
    await handle?.close();
  }
  return digester.digest();
}
function ioError(path, error2) {
  const code = error2?.code;
  if (code === "ENOENT") return new DistsError("not-found", `${path}: no such file`, { cause: error2 });
  const reason = error2 instanceof Error ? error2.message : String(error2);
  return new DistsError("unreadable", `${path}: cannot read the file (${reason})`, { cause: error2 });
}
function finishBlake2(hasher) {
  const hex = hasher.digest("hex");
  releaseBlake2b256(hasher);
  return hex;
}
async function hashBuffer(data) {
  const digester = await createDigester();
  digester.update(data);
  return digester.digest();
}

// packages/dists/src/archive/file-window.ts
var SMALL_FILE = 1 << 20;
var WINDOW = 256 << 10;
var FileWindow = class _FileWindow {
  constructor(path, handle, size) {
    this.path = path;
    this.handle = handle;
    this.size = size;
  }
  path;
  handle;
  size;
  cache = Buffer.alloc(0);
  cacheStart = 0;
  /**
   * Opens `path`. A small file (most wheels) is read whole at once with synchronous calls and closed: from the
   * page cache that costs ~10 µs a file against ~70 µs for the promise-based calls, and holds the event loop for
   * at most one 1 MiB read. A larger file stays open for positional reads.
   */
  static async open(path) {
    const whole = readSmallFile(path);
    if (whole) {
      const window2 = new _FileWindow(path, void 0, whole.length);
      window2.cache = whole;
      return window2;
    }
    let handle;
    try {
      handle = await open2(path, "r");
      const { size } = await handle.stat();
      return new _FileWindow(path, handle, size);
    } catch (error2) {
      await handle?.close().catch(() => void 0);
      throw ioError(path, error2);
    }
  }
  /** The whole file, when it was small enough to be read at once on opening (no further I/O needed). */
  wholeFile() {
    return this.cacheStart === 0 && this.cache.length === this.size ? this.cache : void 0;
  }
  /** Up to `length` bytes at `offset` (fewer at the end of the file). The buffer may be shared: copy to keep. */
  async read(offset, length) {
    const end = Math.min(this.size, offset + length);
    if (offset >= end) return Buffer.alloc(0);
    const cacheEnd = this.cacheStart + this.cache.length;
    if (offset < this.cacheStart || end > cacheEnd) await this.fill(offset, Math.max(end - offset, WINDOW));
    return this.cache.subarray(offset - this.cacheStart, end - this.cacheStart);
  }
  async close() {
    await this.handle?.close();
  }
  async fill(offset, length) {
    const size = Math.min(length, this.size - offset);
    const buffer = Buffer.allocUnsafe(size);
    let done = 0;
    try {
      while (done < size) {
        const { bytesRead } = await this.handle.read(
          buffer,
          done,
          size - done,
          offset + done
        );
        if (bytesRead === 0) break;
        done += bytesRead;
      }
    } catch (error2) {
      throw ioError(this.path, error2);
    }
    this.cache = buffer.subarray(0, done);
    this.cacheStart = offset;
  }
};
function readSmallFile(path) {
  let fd2;
  try {
    fd2 = openSync(path, "r");
    const { size } = fstatSync(fd2);
    if (size > SMALL_FILE) return void 0;
    const buffer = Buffer.allocUnsafe(size);
    let done = 0;
    while (done < size) {
      const read = readSync(fd2, buffer, done, size - done, done);
      if (read === 0) break;
      done += read;
    }
    return done === size ? buffer : buffer.subarray(0, done);
  } catch (error2) {
    throw ioError(path, error2);
  } finally {
    if (fd2 !== void 0) closeSync(fd2);
  }
}

// packages/dists/src/metadata.ts
var MAX_HEADERS = 1e4;
var MAX_LINE_LENGTH = 1e5;
function headerNameEnd(line) {
  for (let i2 = 0; i2 < line.length; i2++) {
    const c = line.charCodeAt(i2);
    if (c === 58) return i2 > 0 ? i2 : -1;
    if (c < 33 || c > 126) return -1;
  }
  return -1;
}
function isContinuation(line) {
  return line.startsWith(" ") || line.startsWith("	");
}
function decode2(input, issues) {
  if (typeof input === "string") return input;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    issues.push({
      line: 0,
      severity: "error",
      message: "the metadata is not valid UTF-8 (invalid bytes were replaced with U+FFFD)"
    });
    return new TextDecoder("utf-8").decode(input);
  }
}
function unfold(name, lines) {
  if (name === "description") {
    const text = lines.join("\n").trim();
    return text.split("\n").map((l) => l.startsWith("        ") || l.startsWith("       |") ? l.slice(8) : l).join("\n");
  }
  return lines.map((l) => l.trim()).join(" ").trim();
}
function parseMetadata(input) {
  const issues = [];
  let text = decode2(input, issues);
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const lines = text.split(/\r\n|\r|\n/);
  const fields = /* @__PURE__ */ new Map();
  let current;
  let headerCount = 0;
  let bodyStart = lines.length;
  const flush = () => {
    if (!current) return;
    const values = fields.get(current.name) ?? [];
    values.push(unfold(current.name, current.lines));
    fields.set(current.name, values);
    current = void 0;
  };
  for (let i2 = 0; i2 < lines.length; i2++) {
    let line = lines[i2] ?? "";
    if (line.length > MAX_LINE_LENGTH) {
      issues.push({
        line: i2 + 1,
        severity: "error",
        message: `line longer than ${MAX_LINE_LENGTH} characters`
      });
      line = line.slice(0, MAX_LINE_LENGTH);
    }
    if (line === "") {
      bodyStart = i2 + 1;
      break;
    }
    if (isContinuation(line)) {
      if (current) current.lines.push(line);
      else
        issues.push({
          line: i2 + 1,
          severity: "warning",
          message: "a continuation line comes before any header"
        });
      continue;
    }
    const end = headerNameEnd(line);
    if (end < 0) {
      issues.push({
        line: i2 + 1,
        severity: "warning",
        message: "line is not a header and no blank line separates the headers from the body"
      });
      bodyStart = i2;
      break;
    }
    flush();
    if (++headerCount > MAX_HEADERS) {
      issues.push({
        line: i2 + 1,
        severity: "error",
        message: `more than ${MAX_HEADERS} headers; the rest is ignored`
      });
      bodyStart = lines.length;
      break;
    }
    current = { name: line.slice(0, end).toLowerCase(), lines: [line.slice(end + 1).replace(/^[ \t]+/, "")] };
  }
  flush();
  const body = lines.slice(bodyStart).join("\n");
  const description = body !== "" ? body : fields.get("description")?.[0];
  return { metadata: { fields, description }, problems: issues };
}
function getField(md, name) {
  return md.fields.get(name.toLowerCase())?.[0];
}
function getFields(md, name) {
  return md.fields.get(name.toLowerCase()) ?? [];
}

// packages/rst/src/lines.ts
function isBlank(line) {
  return line === void 0 || line.trim() === "";
}
function indentOf(line) {
  let i2 = 0;
  while (line[i2] === " ") i2++;
  return i2;
}
function isAdornment(line) {
  if (line === void 0) return false;
  const text = line.trimEnd();
  if (text === "") return false;
  const ch = text[0] ?? "";
  if (!/^[!-/:-@[-`{-~]$/.test(ch)) return false;
  for (const c of text) if (c !== ch) return false;
  return true;
}
function columnWidth(text) {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 768 && cp <= 879) continue;
    const wide = cp >= 4352 && cp <= 4447 || cp >= 11904 && cp <= 42191 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65072 && cp <= 65103 || cp >= 65280 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 127744 && cp <= 128591 || cp >= 131072 && cp <= 262141;
    width += wide ? 2 : 1;
  }
  return width;
}
function indentedEnd(lines, start) {
  let end = start;
  let lastText = start;
  while (end < lines.length) {
    const line = lines[end] ?? "";
    if (!isBlank(line) && indentOf(line) === 0) break;
    end++;
    if (!isBlank(line)) lastText = end;
  }
  return lastText;
}
function dedent(lines) {
  let min = Number.POSITIVE_INFINITY;
  for (const line of lines) if (!isBlank(line)) min = Math.min(min, indentOf(line));
  if (!Number.isFinite(min)) return lines.map(() => "");
  return lines.map((line) => isBlank(line) ? "" : line.slice(min));
}
function itemBody(lines, start, firstText, first) {
  const end = indentedEnd(lines, start + 1);
  return { lines: [firstText, ...dedent(lines.slice(start + 1, end))], first: first + start };
}
function nextNonBlank(lines, from) {
  let i2 = from;
  while (i2 < lines.length && isBlank(lines[i2])) i2++;
  return i2;
}
function knownIndentBody(lines, start, indent, first) {
  let end = start + 1;
  let lastText = end;
  while (end < lines.length) {
    const line = lines[end] ?? "";
    if (!isBlank(line) && indentOf(line) < indent) break;
    end++;
    if (!isBlank(line)) lastText = end;
  }
  const rest = lines.slice(start + 1, lastText).map((l) => isBlank(l) ? "" : l.slice(indent));
  return {
    body: { lines: [(lines[start] ?? "").slice(indent), ...rest], first: first + start },
    end: lastText
  };
}

// packages/rst/src/names.ts
var DIRECTIVES = new Map([
  ...[
    "attention",
    "caution",
    "danger",
    "error",
    "hint",
    "important",
    "note",
    "tip",
    "warning",
    "admonition"
  ].map((n) => [n, "body"]),
  ...["topic", "sidebar", "rubric", "epigraph", "highlights", "pull-quote", "compound", "container"].map(
    (n) => [n, "body"]
  ),
  ...["table", "list-table", "figure"].map((n) => [n, "body"]),
  ...["code", "code-block", "sourcecode", "math", "line-block", "parsed-literal", "csv-table", "meta"].map(
    (n) => [n, "opaque"]
  ),
  ...["contents", "sectnum", "section-numbering", "header", "footer", "target-notes"].map(
    (n) => [n, "opaque"]
  ),
  ...["class", "role", "default-role", "title", "restructuredtext-test-directive"].map(
    (n) => [n, "opaque"]
  ),
  ["image", "image"],
  ...["replace", "unicode", "date"].map((n) => [n, "substitution-only"]),
  ["include", "disabled"],
  ["raw", "disabled"]
]);
var NEEDS_CONTENT = /* @__PURE__ */ new Set([
  "attention",
  "caution",
  "danger",
  "error",
  "hint",
  "important",
  "note",
  "tip",
  "warning",
  "admonition",
  "code",
  "code-block",
  "sourcecode",
  "topic",
  "sidebar",
  "container",
  "compound",
  "epigraph",
  "highlights",
  "pull-quote"
]);
var NEEDS_ARGUMENT = /* @__PURE__ */ new Set([
  "admonition",
  "topic",
  "image",
  "figure",
  "rubric",
  "role",
  "title",
  "class"
]);
var IMAGE_OPTIONS = /* @__PURE__ */ new Set(["alt", "height", "width", "scale", "align", "target", "class", "name"]);
var FIGURE_OPTIONS = /* @__PURE__ */ new Set([...IMAGE_OPTIONS, "figwidth", "figclass"]);
function directiveKind(name) {
  return DIRECTIVES.get(name.toLowerCase());
}
var ROLES = /* @__PURE__ */ new Set([
  "abbreviation",
  "ab",
  "acronym",
  "ac",
  "code",
  "subscript",
  "sub",
  "superscript",
  "sup",
  "title-reference",
  "title",
  "t",
  "pep-reference",
  "pep",
  "rfc-reference",
  "rfc",
  "emphasis",
  "strong",
  "literal",
  "math"
]);
function isKnownRole(name) {
  return ROLES.has(name.toLowerCase());
}

// packages/rst/src/directive.ts
var TAKES_ARGUMENTS = /* @__PURE__ */ new Set([
  "admonition",
  "topic",
  "sidebar",
  "figure",
  "image",
  "rubric",
  "container",
  "table",
  "list-table",
  "csv-table",
  "code",
  "code-block",
  "sourcecode",
  "contents",
  "role",
  "default-role",
  "title",
  "class",
  "raw",
  "include",
  "unicode",
  "date"
]);
function splitBlock(name, body) {
  let lines = [...body.lines];
  let first = body.first;
  if (lines.length > 0 && isBlank(lines[0])) {
    lines = lines.slice(1);
    first++;
  }
  while (lines.length > 0 && isBlank(lines[lines.length - 1])) lines.pop();
  let blank = lines.findIndex((l) => isBlank(l));
  if (blank < 0) blank = lines.length;
  const head = lines.slice(0, blank);
  const optionAt = head.findIndex((l) => l.startsWith(":"));
  const args = optionAt < 0 ? head : head.slice(0, optionAt);
  const options = optionAt < 0 ? [] : head.slice(optionAt);
  let contentLines;
  let contentFirst;
  if (TAKES_ARGUMENTS.has(name) || args.length === 0) {
    contentLines = lines.slice(blank + 1);
    contentFirst = first + blank + 1;
  } else {
    contentLines = [...args, ...lines.slice(blank)];
    contentFirst = first;
  }
  const skip = contentLines.findIndex((l) => !isBlank(l));
  return {
    args: TAKES_ARGUMENTS.has(name) ? args : [],
    options,
    content: { lines: skip < 0 ? [] : contentLines.slice(skip), first: contentFirst + Math.max(skip, 0) }
  };
}
function checkOptions(state, name, options, allowed, line) {
  for (const option of options) {
    const m = /^:([^:]+):/.exec(option);
    if (m && !allowed.has(m[1] ?? "")) {
      state.report(line, "error", `Error in "${name}" directive: unknown option: "${m[1]}".`);
      return;
    }
  }
}
function checkScale(state, uri, options, line, substitution) {
  const has = (option) => options.some((o) => o.startsWith(`:${option}:`));
  if (!has("scale") || has("width") && has("height")) return;
  const message = `Cannot scale image! Could not get size from "${uri.replace(/\s/g, "")}": Reading external files disabled.`;
  if (substitution === void 0) state.report(line, "warning", message);
  else state.scaledSubstitutions.set(substitution, { line, message });
}
function checkDirective(state, rawName, body, inSubstitution, walk, substitution) {
  const name = rawName.toLowerCase();
  const line = body.first;
  const kind = directiveKind(name);
  if (kind === void 0) {
    state.report(line, "error", `Unknown directive type "${rawName}".`);
    return;
  }
  if (kind === "disabled") {
    state.report(line, "warning", `"${name}" directive disabled.`);
    return;
  }
  if (kind === "substitution-only" && !inSubstitution) {
    state.report(
      line,
      "error",
      `Invalid context: the "${name}" directive can only be used within a substitution definition.`
    );
    return;
  }
  const block = splitBlock(name, body);
  if (NEEDS_ARGUMENT.has(name) && block.args.join("").trim() === "") {
    state.report(line, "error", `Error in "${name}" directive: 1 argument(s) required, 0 supplied.`);
    return;
  }
  if (NEEDS_CONTENT.has(name) && block.content.lines.length === 0) {
    state.report(line, "error", `Content block expected for the "${name}" directive; none found.`);
    return;
  }
  if (name === "role") {
    const role = /^([A-Za-z0-9][-\w.:+]*)/.exec(block.args.join(" ").trim());
    if (role) state.customRoles.add((role[1] ?? "").toLowerCase());
  }
  if (kind === "image" || name === "figure")
    checkScale(state, block.args.join(" ").trim(), block.options, line, substitution);
  if (kind === "image") {
    checkOptions(state, name, block.options, IMAGE_OPTIONS, line);
    if (block.content.lines.length > 0)
      state.report(line, "error", `Error in "${name}" directive: no content permitted.`);
    return;
  }
  if (name === "figure") checkOptions(state, name, block.options, FIGURE_OPTIONS, line);
  if (kind === "body") walk(block.content, true);
}

// packages/rst/src/state.ts
var RstState = class {
  issues = [];
  /** Named hyperlink references (`foo_`, `` `foo bar`_ ``), by normalised name. */
  refs = [];
  /** Explicit targets: normalised name → URL ('' for internal targets). */
  targets = /* @__PURE__ */ new Map();
  /** Implicit targets: section titles. */
  implicitTargets = /* @__PURE__ */ new Set();
  /** Targets of references with embedded URIs (implicit since docutils 0.22): name → URL. */
  embeddedTargets = /* @__PURE__ */ new Map();
  /** Names two embedded-URI targets share with different URLs. */
  ambiguousEmbedded = /* @__PURE__ */ new Set();
  substitutions = /* @__PURE__ */ new Set();
  substitutionRefs = [];
  /** Substitutions defined as images scaled without a size: the warning docutils gives where they are used. */
  scaledSubstitutions = /* @__PURE__ */ new Map();
  /** Footnote and citation labels (`1`, `#note`, `cit2002`) and the references to them. */
  labels = /* @__PURE__ */ new Set();
  labelRefs = [];
  customRoles = /* @__PURE__ */ new Set();
  anonymousRefs = 0;
  /** Set when skipped text (tables, line blocks) may hold anonymous references the count misses. */
  anonymousUncertain = false;
  anonymousTargets = 0;
  autoFootnotes = 0;
  autoFootnoteRefs = 0;
  symbolFootnotes = 0;
  symbolFootnoteRefs = 0;
  /** Section title styles in order of first use (`=` underline, `=/=` over- and underline). */
  titleStyles = [];
  sectionLevel = 0;
  report(line, level, message) {
    this.issues.push({ line, level, message });
  }
  /**
   * Records the target of a reference with an embedded URI (`` `name <url>`_ ``). Since docutils 0.22 (Warehouse
   * pins 0.23) it is implicit: a second one with the same name and another URL is no "Duplicate explicit target
   * name" warning, and an explicit target of the same name takes precedence. A named reference to a name two
   * such targets share with different URLs is still an error ("Duplicate target name, cannot be used as a
   * unique reference").
   */
  addEmbeddedTarget(name, url2) {
    const key = normalizeRefName(name);
    const existing = this.embeddedTargets.get(key);
    if (existing !== void 0 && existing !== url2) this.ambiguousEmbedded.add(key);
    this.embeddedTargets.set(key, url2);
  }
  /** Records an explicit target, reporting a duplicate name with a different URL as docutils does. */
  addTarget(name, url2, line) {
    const key = normalizeRefName(name);
    const existing = this.targets.get(key);
    if (existing !== void 0 && (existing !== url2 || url2 === "")) {
      this.report(line, "warning", `Duplicate explicit target name: "${key}".`);
    }
    this.targets.set(key, url2);
  }
};
function normalizeRefName(name) {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

// packages/rst/src/explicit.ts
var EXPLICIT = /^\.\.( +|$)/;
var ANONYMOUS = /^__( +|$)/;
var FOOTNOTE = /^\.\. +\[([0-9]+|#(?:[A-Za-z0-9](?:[-_.:+]?[A-Za-z0-9])*)?|\*|[A-Za-z0-9](?:[-_.:+]?[A-Za-z0-9])*)\]( +|$)/;
var SUBSTITUTION = /^\.\. +\|([^|]*[^|\s])\|( +|$)/;
var DIRECTIVE = /^\.\. +([A-Za-z0-9]+(?:[-_+:.][A-Za-z0-9]+)*) ?::( +|$)/;
function isExplicitStart(line) {
  return line !== void 0 && (EXPLICIT.test(line) || ANONYMOUS.test(line));
}
function isComment(line) {
  return EXPLICIT.test(line) && !FOOTNOTE.test(line) && !/^\.\. +_/.test(line) && !SUBSTITUTION.test(line) && !DIRECTIVE.test(line);
}
function parseTarget(text) {
  if (text.startsWith("`")) {
    const close = text.indexOf("`", 1);
    if (close < 0 || text[close + 1] !== ":") return void 0;
    return { name: text.slice(1, close), value: text.slice(close + 2) };
  }
  for (let k = 0; k < text.length; k++) {
    if (text[k] === "\\") k++;
    else if (text[k] === ":" && (k + 1 === text.length || text[k + 1] === " ")) {
      return { name: text.slice(0, k).replace(/\\(.)/g, "$1"), value: text.slice(k + 1) };
    }
  }
  return void 0;
}
function checkTarget(state, lines, i2, end, first) {
  const target = parseTarget((lines[i2] ?? "").replace(/^\.\. +_/, ""));
  if (!target) return false;
  const value = [target.value, ...lines.slice(i2 + 1, end)].join("").replace(/\s+/g, "");
  const line = first + i2;
  if (target.name === "_") {
    state.anonymousTargets++;
    return true;
  }
  const indirect = /^`?([^`]*)`?_$/.exec(value);
  if (indirect && !value.includes("://"))
    state.refs.push({ name: normalizeRefName(indirect[1] ?? ""), line });
  state.addTarget(target.name, value, line);
  return true;
}
function checkFootnote(state, label, body, walk) {
  if (label === "#") state.autoFootnotes++;
  else if (label === "*") state.symbolFootnotes++;
  else state.labels.add(normalizeRefName(label));
  if (label.startsWith("#") && label.length > 1) state.labels.add(normalizeRefName(label));
  walk(body, true);
}
function construct(state, lines, i2, first, walk) {
  const line = lines[i2] ?? "";
  if (ANONYMOUS.test(line)) {
    state.anonymousTargets++;
    return indentedEnd(lines, i2 + 1);
  }
  if (line.trim() === ".." && isBlank(lines[i2 + 1])) return i2 + 1;
  const end = indentedEnd(lines, i2 + 1);
  const footnote = FOOTNOTE.exec(line);
  if (footnote) {
    checkFootnote(state, footnote[1] ?? "", itemBody(lines, i2, line.slice(footnote[0].length), first), walk);
    return end;
  }
  if (/^\.\. +_/.test(line) && checkTarget(state, lines, i2, end, first)) return end;
  const substitution = SUBSTITUTION.exec(line);
  if (substitution) {
    const name = normalizeRefName(substitution[1] ?? "");
    state.substitutions.add(name);
    const rest = `.. ${line.slice(substitution[0].length)}`;
    const directive2 = DIRECTIVE.exec(rest);
    if (directive2) {
      const body = itemBody(lines, i2, rest.slice(directive2[0].length), first);
      checkDirective(state, directive2[1] ?? "", body, true, walk, name);
    }
    return end;
  }
  const directive = DIRECTIVE.exec(line);
  if (directive) {
    checkDirective(
      state,
      directive[1] ?? "",
      itemBody(lines, i2, line.slice(directive[0].length), first),
      false,
      walk
    );
  }
  return end;
}
function checkExplicit(state, lines, i2, first, walk) {
  for (; ; ) {
    const end = construct(state, lines, i2, first, walk);
    if (end >= lines.length || isBlank(lines[end])) return end;
    if (isExplicitStart(lines[end])) {
      i2 = end;
      continue;
    }
    state.report(first + end, "warning", "Explicit markup ends without a blank line; unexpected unindent.");
    return end;
  }
}

// packages/rst/src/inline.ts
var START_PREFIX = /* @__PURE__ */ new Set([
  ...`-/:'"<([{`,
  ..."\u2018\u201C\xAB\u2039\u201A\u201E\u2010\u2011\u2012\u2013\u2014"
]);
var END_SUFFIX = /* @__PURE__ */ new Set([
  ...`-/:.,;!?\\'")]}>`,
  ..."\u2019\u201D\xBB\u203A\u2010\u2011\u2012\u2013\u2014"
]);
var PAIRS = { "'": "'", '"': '"', "(": ")", "[": "]", "{": "}", "<": ">" };
var SIMPLE_NAME = /^[\p{L}\p{N}]+(?:[-._+:][\p{L}\p{N}]+)*/u;
var ROLE = /^:([A-Za-z0-9](?:[-_.:+]?[A-Za-z0-9])*):/;
var FOOTNOTE_REF = /^\[([0-9]+|#(?:[A-Za-z0-9](?:[-_.:+]?[A-Za-z0-9])*)?|\*|[A-Za-z0-9](?:[-_.:+]?[A-Za-z0-9])*)\]_/;
var isWs = (ch) => ch !== void 0 && /\s/.test(ch);
function startOk(text, at, length) {
  const prev = text[at - 1];
  const next = text[at + length];
  if (next === void 0 || isWs(next)) return false;
  if (prev !== void 0 && !isWs(prev) && !START_PREFIX.has(prev)) return false;
  return !(prev !== void 0 && PAIRS[prev] === next);
}
function endOk(text, at, end, literal2) {
  if (!text.startsWith(end, at)) return false;
  const prev = text[at - 1];
  if (prev === void 0 || isWs(prev) || !literal2 && prev === "\0") return false;
  const next = text[at + end.length];
  return next === void 0 || isWs(next) || END_SUFFIX.has(next) || next === "\0";
}
function findEnd(text, from, end, literal2 = false) {
  for (let j = text.indexOf(end, from); j >= 0; j = text.indexOf(end, j + 1)) {
    if (endOk(text, j, end, literal2)) return j;
  }
  return -1;
}
function findSubstitutionEnd(text, from) {
  for (let j = text.indexOf("|", from); j >= 0; j = text.indexOf("|", j + 1)) {
    const prev = text[j - 1];
    if (prev === void 0 || isWs(prev) || prev === "\0") continue;
    const next = text[j + 1 + referenceSuffix(text, j + 1).length];
    if (next === void 0 || isWs(next) || END_SUFFIX.has(next) || next === "\0") return j;
  }
  return -1;
}
function findInterpretedEnd(text, from) {
  for (let j = text.indexOf("`", from); j >= 0; j = text.indexOf("`", j + 1)) {
    const prev = text[j - 1];
    if (prev === void 0 || isWs(prev) || prev === "\0") continue;
    let after = j + 1 + referenceSuffix(text, j + 1).length;
    const role = after === j + 1 ? ROLE.exec(text.slice(after, after + 100)) : null;
    if (role) after += role[0].length;
    const next = text[after];
    if (next === void 0 || isWs(next) || END_SUFFIX.has(next) || next === "\0") return j;
  }
  return -1;
}
function referenceSuffix(text, at) {
  if (text.startsWith("__", at)) return "__";
  if (text[at] === "_") return "_";
  return "";
}
function embeddedTarget(content) {
  if (!content.endsWith(">")) return void 0;
  const open4 = content.lastIndexOf("<");
  const target = content.slice(open4 + 1, -1);
  if (open4 < 0 || target === "" || target.includes(">")) return void 0;
  return { label: content.slice(0, open4).trimEnd(), target };
}
var InlineScanner = class {
  constructor(state, text, firstLine) {
    this.state = state;
    this.text = text;
    this.firstLine = firstLine;
    for (let i2 = text.indexOf("\n"); i2 >= 0; i2 = text.indexOf("\n", i2 + 1)) this.lineStarts.push(i2 + 1);
  }
  state;
  text;
  firstLine;
  lineStarts = [0];
  /**
   * The last answer of each kind of end-string search. An answer only depends on where the search starts, so a
   * later search from inside the range the last one covered has the same answer: without this, every opener
   * that never closes rescanned the rest of the block (quadratic: a 96 KB paragraph of `*a ` took 15 s).
   */
  lastEnd = /* @__PURE__ */ new Map();
  endFrom(kind, from, search) {
    const last = this.lastEnd.get(kind);
    if (last && from >= last.from && (last.at < 0 || from <= last.at)) return last.at;
    const at = search(from);
    this.lastEnd.set(kind, { from, at });
    return at;
  }
  lineAt(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.firstLine + lo;
  }
  unterminated(at, kind) {
    this.state.report(this.lineAt(at), "warning", `Inline ${kind} start-string without end-string.`);
  }
  /** Interpreted text or a phrase reference from the backtick at `at`; returns where scanning resumes. */
  interpreted(at, role) {
    const text = this.text;
    const close = this.endFrom("interpreted", at + 1, (from) => findInterpretedEnd(text, from));
    if (close < 0) {
      this.unterminated(at, "interpreted text or phrase reference");
      return at + 1;
    }
    const content = text.slice(at + 1, close);
    let after = close + 1;
    const suffix = referenceSuffix(text, after);
    after += suffix.length;
    const suffixRole = suffix === "" ? ROLE.exec(text.slice(after)) : null;
    if (suffixRole) after += suffixRole[0].length;
    const roleName = role ?? suffixRole?.[1];
    if (roleName !== void 0 && suffix === "") {
      if (!isKnownRole(roleName) && !this.state.customRoles.has(roleName.toLowerCase())) {
        this.state.report(this.lineAt(at), "error", `Unknown interpreted text role "${roleName}".`);
      }
    } else if (suffix !== "") this.reference(content, suffix, at);
    return after;
  }
  reference(content, suffix, at) {
    const embedded = embeddedTarget(content);
    const line = this.lineAt(at);
    if (embedded) {
      const { label, target } = embedded;
      if (target.endsWith("_") && !/\s/.test(target)) {
        this.state.refs.push({ name: normalizeRefName(target.slice(0, -1)), line });
      } else if (suffix === "_") {
        this.state.addEmbeddedTarget(label === "" ? target : label, target.replace(/\s/g, ""));
      }
      return;
    }
    if (suffix === "__") this.state.anonymousRefs++;
    else this.state.refs.push({ name: normalizeRefName(content), line });
  }
  /** Tries the markup that can start at `i`; returns the next scanning position. */
  markupAt(i2) {
    const text = this.text;
    const ch = text[i2];
    if (text.startsWith("``", i2) && startOk(text, i2, 2)) {
      const close = this.endFrom("``", i2 + 3, (from) => findEnd(text, from, "``", true));
      if (close < 0) this.unterminated(i2, "literal");
      return close < 0 ? i2 + 2 : close + 2;
    }
    if (text.startsWith("**", i2) && startOk(text, i2, 2)) {
      const close = this.endFrom("**", i2 + 3, (from) => findEnd(text, from, "**"));
      if (close < 0) this.unterminated(i2, "strong");
      return close < 0 ? i2 + 2 : close + 2;
    }
    if (ch === "*" && startOk(text, i2, 1)) {
      const close = this.endFrom("*", i2 + 2, (from) => findEnd(text, from, "*"));
      if (close < 0) this.unterminated(i2, "emphasis");
      return close < 0 ? i2 + 1 : close + 1;
    }
    if (text.startsWith("_`", i2) && startOk(text, i2, 2)) {
      const close = this.endFrom("`", i2 + 3, (from) => findEnd(text, from, "`"));
      if (close < 0) this.unterminated(i2, "target");
      else this.state.addTarget(text.slice(i2 + 2, close), "", this.lineAt(i2));
      return close < 0 ? i2 + 2 : close + 1;
    }
    if (ch === "`" && startOk(text, i2, 1)) return this.interpreted(i2, void 0);
    if (ch === "|" && startOk(text, i2, 1)) {
      const close = this.endFrom("|", i2 + 2, (from) => findSubstitutionEnd(text, from));
      if (close < 0) {
        this.unterminated(i2, "substitution_reference");
        return i2 + 1;
      }
      const name = normalizeRefName(text.slice(i2 + 1, close));
      const line = this.lineAt(i2);
      this.state.substitutionRefs.push({ name, line });
      const suffix = referenceSuffix(text, close + 1);
      if (suffix === "__") this.state.anonymousRefs++;
      else if (suffix === "_") this.state.refs.push({ name, line });
      return close + 1 + suffix.length;
    }
    const rest = text.slice(i2, i2 + 200);
    const role = ch === ":" && startOk(text, i2, 1) ? ROLE.exec(rest) : null;
    if (role && text[i2 + role[0].length] === "`") return this.interpreted(i2 + role[0].length, role[1]);
    const footnote = ch === "[" && startOk(text, i2, 1) ? FOOTNOTE_REF.exec(rest) : null;
    if (footnote && endOk(text, i2 + footnote[0].length - 1, "_", false)) {
      this.footnoteRef(footnote[1] ?? "", i2);
      return i2 + footnote[0].length;
    }
    return this.standaloneRef(i2);
  }
  footnoteRef(label, at) {
    if (label === "#") this.state.autoFootnoteRefs++;
    else if (label === "*") this.state.symbolFootnoteRefs++;
    else this.state.labelRefs.push({ name: normalizeRefName(label), line: this.lineAt(at) });
  }
  /** `name_` / `name__` at a word start. */
  standaloneRef(i2) {
    const text = this.text;
    const prev = text[i2 - 1];
    if (prev !== void 0 && !isWs(prev) && !START_PREFIX.has(prev)) return i2 + 1;
    const name = SIMPLE_NAME.exec(text.slice(i2, i2 + 500));
    if (!name) return i2 + 1;
    const end = i2 + name[0].length;
    const suffix = referenceSuffix(text, end);
    if (suffix !== "" && endOk(text, end + suffix.length - 1, "_", false)) {
      if (suffix === "__") this.state.anonymousRefs++;
      else this.state.refs.push({ name: normalizeRefName(name[0]), line: this.lineAt(i2) });
      return end + suffix.length;
    }
    return end;
  }
  scan() {
    let i2 = 0;
    while (i2 < this.text.length) i2 = this.markupAt(i2);
  }
};
function escapeBackslashes(text) {
  return text.replace(/\\([\s\S])/g, (_, ch) => /\s/.test(ch) ? "\0" : `\0${ch}`);
}
var MAX_BLOCK = 1e5;
function checkInline(state, lines, firstLine) {
  if (lines.reduce((n, l) => n + l.length + 1, 0) > MAX_BLOCK) return;
  new InlineScanner(state, escapeBackslashes(lines.join("\n")), firstLine).scan();
}

// packages/rst/src/lists.ts
var BULLET = /^[-+*\u2022\u2023\u2043]( +|$)/;
var ENUMERATOR = /^(?:([0-9]+|#)([.)])|\(([0-9]+|#)\))( +|$)/;
function fieldMarker(line) {
  if (!line.startsWith(":") || line.startsWith("::") || line.startsWith(": ")) return -1;
  for (let k = 1; k < line.length; k++) {
    if (line[k] === "\\") k++;
    else if (line[k] === ":" && (k + 1 === line.length || line[k + 1] === " ") && line[k - 1] !== " ") {
      let end = k + 1;
      while (line[end] === " ") end++;
      return end;
    }
  }
  return -1;
}
function enumeratorOf(line) {
  const m = ENUMERATOR.exec(line);
  if (!m) return void 0;
  const ordinal = m[1] ?? m[3] ?? "";
  return { format: m[3] !== void 0 ? "()" : m[2] ?? "", ordinal, length: m[0].length };
}
function isSuccessor(prev, next) {
  if (next === "#") return true;
  return prev !== "#" && Number(next) === Number(prev) + 1;
}
function listKind(line, next) {
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: "Bullet", marker: line[0] ?? "", length: bullet[0].length };
  const field2 = fieldMarker(line);
  if (field2 > 0) return { kind: "Field", marker: ":", length: field2 };
  const en = enumeratorOf(line);
  if (!en) return void 0;
  const following = next === void 0 ? void 0 : enumeratorOf(next);
  const valid = isBlank(next) || indentOf(next ?? "") > 0 || following !== void 0 && following.format === en.format && isSuccessor(en.ordinal, following.ordinal);
  return valid ? { kind: "Enumerated", marker: `${en.format}:${en.ordinal}`, length: en.length } : void 0;
}
function isListStart(line, next) {
  return listKind(line, next) !== void 0;
}
function continues(first, prev, candidate) {
  if (!candidate || candidate.kind !== first.kind) return false;
  if (first.kind === "Bullet") return candidate.marker === first.marker;
  if (first.kind === "Field") return true;
  const [format, prevOrdinal = ""] = prev.marker.split(":");
  const [candFormat, candOrdinal = ""] = candidate.marker.split(":");
  return format === candFormat && isSuccessor(prevOrdinal, candOrdinal);
}
function listItem(lines, i2, kind, first) {
  const line = lines[i2] ?? "";
  const text = line.slice(kind.length);
  if (kind.kind !== "Field" && text.trim() !== "") return knownIndentBody(lines, i2, kind.length, first);
  return { body: itemBody(lines, i2, text, first), end: indentedEnd(lines, i2 + 1) };
}
function checkList(state, lines, i2, first, walk) {
  const firstKind = listKind(lines[i2] ?? "", lines[i2 + 1]);
  if (!firstKind) return i2 + 1;
  let current = firstKind;
  for (; ; ) {
    const { body, end } = listItem(lines, i2, current, first);
    walk(body, true);
    const adjacent = end < lines.length && !isBlank(lines[end]);
    const k = adjacent ? end : nextNonBlank(lines, end);
    const candidate = k < lines.length ? listKind(lines[k] ?? "", lines[k + 1]) : void 0;
    if (candidate && continues(firstKind, current, candidate)) {
      current = candidate;
      i2 = k;
      continue;
    }
    if (adjacent) {
      state.report(
        first + end,
        "warning",
        `${firstKind.kind} list ends without a blank line; unexpected unindent.`
      );
    }
    return end;
  }
}

// packages/rst/src/tables.ts
var GRID_BORDER = /^\+-[-+]*-\+ *$/;
var SIMPLE_BORDER = /^=+[ =]*$/;
var GRID_TOP = /^\+-[-+]*-\+ *$/;
var SIMPLE_TOP = /^=+( +=+)+ *$/;
function collectTargetsIn(state, lines, first) {
  const text = lines.join("\n");
  if (text.includes("__")) state.anonymousUncertain = true;
  for (const m of text.matchAll(/`([^`<]*)<([^<>`]+)>`_(?!_)/g)) {
    const [, label = "", url2 = ""] = m;
    if (!url2.endsWith("_")) state.targets.set(label.trim().replace(/\s+/g, " ").toLowerCase() || url2, url2);
  }
  void first;
}
function malformed(state, line, detail) {
  state.report(line, "error", `Malformed table. ${detail}`.trim());
}
function checkGridTable(state, lines, start, first) {
  let end = start;
  while (end < lines.length && !isBlank(lines[end])) end++;
  let block = lines.slice(start, end).map((l) => l.trim());
  let blankFinish = true;
  const leftEdge = block.findIndex((l) => !"+|".includes(l[0] ?? ""));
  if (leftEdge > 0) {
    block = block.slice(0, leftEdge);
    blankFinish = false;
  }
  if (!GRID_BORDER.test(block[block.length - 1] ?? "")) {
    blankFinish = false;
    let cut = -1;
    for (let k = block.length - 2; k > 1; k--) {
      if (GRID_BORDER.test(block[k] ?? "")) {
        cut = k;
        break;
      }
    }
    if (cut < 0) {
      malformed(state, first + start, "No bottom table border found.");
      collectTargetsIn(state, block, first + start);
      return start + block.length;
    }
    block = block.slice(0, cut + 1);
  }
  const width = block[0]?.length ?? 0;
  const ragged = block.findIndex((l) => l.length !== width || !"+|".includes(l[l.length - 1] ?? ""));
  if (ragged >= 0) malformed(state, first + start + ragged, "The right border is ragged.");
  collectTargetsIn(state, block, first + start);
  const after = start + block.length;
  if (!blankFinish && ragged < 0) state.report(first + after, "warning", "Blank line required after table.");
  return after;
}
function columnsOf(border) {
  const columns = [];
  for (const m of border.matchAll(/=+/g)) columns.push([m.index, m.index + m[0].length]);
  return columns;
}
function checkSimpleTable(state, lines, start, first) {
  const top = (lines[start] ?? "").trim();
  let found = 0;
  let end = -1;
  for (let k = start + 1; k < lines.length; k++) {
    const line = lines[k] ?? "";
    if (!SIMPLE_BORDER.test(line)) continue;
    if (line.trim().length !== top.length) {
      malformed(state, first + start, "Bottom/header table border does not match top border.");
      return k + 1;
    }
    found++;
    if (found === 2 || isBlank(lines[k + 1])) {
      end = k;
      break;
    }
  }
  if (end < 0) {
    malformed(state, first + start, "No bottom table border found.");
    let k = start;
    while (k < lines.length && !isBlank(lines[k])) k++;
    return k;
  }
  const block = lines.slice(start, end + 1);
  collectTargetsIn(state, block, first + start);
  const hasSpans = block.some((l) => /^[- ]+$/.test(l.trimEnd()) && l.includes("-"));
  if (!hasSpans) {
    const columns = columnsOf(top);
    block.forEach((line, k) => {
      if (SIMPLE_BORDER.test(line)) return;
      for (let c = 0; c + 1 < columns.length; c++) {
        const gap = line.slice(columns[c]?.[1], columns[c + 1]?.[0]);
        if (gap.trim() !== "") {
          malformed(state, first + start + k, `Text in column margin in table line ${k + 1}.`);
          return;
        }
      }
    });
  }
  if (!isBlank(lines[end + 1]) && end + 1 < lines.length) {
    state.report(first + end + 1, "warning", "Blank line required after table.");
  }
  return end + 1;
}

// packages/rst/src/titles.ts
function addTitle(state, title, char, overline, line) {
  const style = overline ? `${char}/${char}` : char;
  state.implicitTargets.add(normalizeRefName(title.replace(/\\(.)/g, "$1")));
  const known = state.titleStyles.indexOf(style);
  if (known < 0) {
    if (state.titleStyles.length === state.sectionLevel) {
      state.titleStyles.push(style);
      state.sectionLevel = state.titleStyles.length;
    } else {
      state.report(line, "severe", "Title level inconsistent.");
    }
    return;
  }
  const level = known + 1;
  if (level > state.sectionLevel + 1) state.report(line, "severe", "Title level inconsistent.");
  else state.sectionLevel = level;
}

// packages/rst/src/blocks.ts
var MAX_DEPTH = 40;
var OPAQUE_START = /^(?:>>>( |$)|\|( +|$))/;
var OPTION_START = /^(?:--?|\/)[A-Za-z0-9]/;
function isOptionLine(line, next) {
  if (!OPTION_START.test(line)) return false;
  return line.includes("  ") || !line.trim().includes(" ") || next !== void 0 && indentOf(next) > 0;
}
var BlockWalker = class {
  constructor(state) {
    this.state = state;
  }
  state;
  top = [];
  depth = 0;
  walk = (body, nested) => {
    if (this.depth >= MAX_DEPTH) return;
    this.depth++;
    try {
      this.walkLines(body.lines, body.first, nested);
    } finally {
      this.depth--;
    }
  };
  element(nested, kind, line) {
    if (!nested) this.top.push({ kind, line });
  }
  /** An indented block from `i`, parsed as a block quote; reports an unindent without a blank line. */
  blockQuote(lines, i2, first) {
    const end = indentedEnd(lines, i2);
    this.walk({ lines: dedent(lines.slice(i2, end)), first: first + i2 }, true);
    if (end < lines.length && !isBlank(lines[end])) {
      this.state.report(
        first + end,
        "warning",
        "Block quote ends without a blank line; unexpected unindent."
      );
    }
    return end;
  }
  /** After a paragraph ending in `::`: the literal block (indented or quoted), or a warning. */
  literalBlock(lines, j, first) {
    const k = nextNonBlank(lines, j);
    const line = lines[k];
    if (line !== void 0 && indentOf(line) > 0) {
      const end = indentedEnd(lines, k);
      if (end < lines.length && !isBlank(lines[end])) {
        this.state.report(
          first + end,
          "warning",
          "Literal block ends without a blank line; unexpected unindent."
        );
      }
      return end;
    }
    if (line !== void 0 && /^[!-/:-@[-`{-~]/.test(line)) {
      let end = k;
      while (end < lines.length && !isBlank(lines[end])) end++;
      return end;
    }
    this.state.report(first + Math.min(k, lines.length), "warning", "Literal block expected; none found.");
    return j;
  }
  /** A text line at `i`: section title, definition list item or paragraph. */
  text(lines, i2, first, nested) {
    const next = lines[i2 + 1];
    const line = lines[i2] ?? "";
    if (next !== void 0 && indentOf(next) === 0 && isAdornment(next)) {
      const tooShort = columnWidth(line.trimEnd()) > next.trimEnd().length;
      if (!(tooShort && next.trimEnd().length < 4)) {
        if (nested) this.state.report(first + i2 + 1, "severe", "Unexpected section title.");
        else {
          if (tooShort) this.state.report(first + i2 + 1, "warning", "Title underline too short.");
          addTitle(this.state, line.trim(), next.trim()[0] ?? "", false, first + i2);
          checkInline(this.state, [line.trim()], first + i2);
          this.element(nested, "title", first + i2);
        }
        return i2 + 2;
      }
    }
    this.element(nested, "other", first + i2);
    if (next !== void 0 && !isBlank(next) && indentOf(next) > 0)
      return this.definitionList(lines, i2, first);
    let j = i2 + 1;
    while (j < lines.length && !isBlank(lines[j]) && indentOf(lines[j] ?? "") === 0) j++;
    checkInline(this.state, lines.slice(i2, j), first + i2);
    if (j < lines.length && !isBlank(lines[j])) {
      this.state.report(first + j, "error", "Unexpected indentation.");
      return this.blockQuote(lines, j, first);
    }
    const last = (lines[j - 1] ?? "").trimEnd();
    if (/(?:^|[^\\])(?:\\\\)*::$/.test(last)) return this.literalBlock(lines, j, first);
    return j;
  }
  definitionList(lines, i2, first) {
    for (; ; ) {
      checkInline(this.state, [lines[i2] ?? ""], first + i2);
      const end = indentedEnd(lines, i2 + 1);
      this.walk({ lines: dedent(lines.slice(i2 + 1, end)), first: first + i2 + 1 }, true);
      const after = lines[end];
      if (after === void 0 || isBlank(after)) return end;
      const following = lines[end + 1];
      if (following !== void 0 && !isBlank(following) && indentOf(following) > 0 && !isListStart(after)) {
        i2 = end;
        continue;
      }
      this.state.report(
        first + end,
        "warning",
        "Definition list ends without a blank line; unexpected unindent."
      );
      return end;
    }
  }
  /** A line of punctuation at `i`: transition, over- and underlined title, or text when short. */
  adornment(lines, i2, first, nested) {
    const over = (lines[i2] ?? "").trimEnd();
    const short = over.length < 4;
    const title = lines[i2 + 1];
    if (title === void 0 || isBlank(title)) {
      if (short) return this.text(lines, i2, first, nested);
      if (nested) this.state.report(first + i2, "severe", "Unexpected section title or transition.");
      this.element(nested, "transition", first + i2);
      return i2 + 1;
    }
    if (short) return this.text(lines, i2, first, nested);
    if (nested) {
      this.state.report(first + i2, "severe", "Unexpected section title or transition.");
      return i2 + 1;
    }
    const under = lines[i2 + 2];
    if (under === void 0) {
      this.state.report(first + i2, "severe", "Incomplete section title.");
      return lines.length;
    }
    if (!isAdornment(under)) {
      this.state.report(first + i2, "severe", "Missing matching underline for section title overline.");
      return i2 + 3;
    }
    if (under.trimEnd() !== over) {
      this.state.report(first + i2, "severe", "Title overline & underline mismatch.");
      return i2 + 3;
    }
    if (columnWidth(title.trim()) > over.length)
      this.state.report(first + i2, "warning", "Title overline too short.");
    addTitle(this.state, title.trim(), over[0] ?? "", true, first + i2);
    checkInline(this.state, [title.trim()], first + i2 + 1);
    this.element(nested, "title", first + i2);
    return i2 + 3;
  }
  /** Text the checker does not parse (doctests, line blocks, option lists): up to the next blank line. */
  opaque(lines, i2, first) {
    let end = i2;
    while (end < lines.length && !isBlank(lines[end])) end++;
    end = Math.max(end, indentedEnd(lines, i2 + 1));
    collectTargetsIn(this.state, lines.slice(i2, end), first + i2);
    return end;
  }
  walkLines(lines, first, nested) {
    let i2 = 0;
    while (i2 < lines.length) {
      const line = lines[i2] ?? "";
      if (isBlank(line)) {
        i2++;
        continue;
      }
      if (indentOf(line) > 0) {
        this.element(nested, "other", first + i2);
        i2 = this.blockQuote(lines, i2, first);
      } else if (isExplicitStart(line)) {
        if (!isComment(line)) this.element(nested, "other", first + i2);
        i2 = checkExplicit(this.state, lines, i2, first, this.walk);
      } else if (isListStart(line, lines[i2 + 1])) {
        this.element(nested, "other", first + i2);
        i2 = checkList(this.state, lines, i2, first, this.walk);
      } else if (GRID_TOP.test(line)) {
        this.element(nested, "other", first + i2);
        i2 = checkGridTable(this.state, lines, i2, first);
      } else if (SIMPLE_TOP.test(line)) {
        this.element(nested, "other", first + i2);
        i2 = checkSimpleTable(this.state, lines, i2, first);
      } else if (OPAQUE_START.test(line) || isOptionLine(line, lines[i2 + 1])) {
        this.element(nested, "other", first + i2);
        i2 = this.opaque(lines, i2, first);
      } else if (isAdornment(line)) {
        i2 = this.adornment(lines, i2, first, nested);
      } else {
        i2 = this.text(lines, i2, first, nested);
      }
    }
  }
};

// packages/rst/src/check.ts
var MAX_LINES = 2e5;
function checkTransitions(state, top) {
  top.forEach((el, k) => {
    if (el.kind !== "transition") return;
    const prev = top[k - 1];
    if (prev === void 0 || prev.kind === "title") {
      state.report(el.line, "error", "Document or section may not begin with a transition.");
    } else if (prev.kind === "transition") {
      state.report(
        el.line,
        "error",
        "At least one body element must separate transitions; adjacent transitions are not allowed."
      );
    }
    if (k === top.length - 1) state.report(el.line, "error", "Document may not end with a transition.");
  });
}
function checkReferences(state) {
  for (const ref of state.refs) {
    if (state.targets.has(ref.name) || state.labels.has(ref.name)) continue;
    const embedded = state.embeddedTargets.has(ref.name);
    if (state.ambiguousEmbedded.has(ref.name) || embedded && state.implicitTargets.has(ref.name)) {
      state.report(
        ref.line,
        "error",
        `Duplicate target name, cannot be used as a unique reference: "${ref.name}".`
      );
    } else if (!state.implicitTargets.has(ref.name) && !embedded) {
      state.report(ref.line, "error", `Unknown target name: "${ref.name}".`);
    }
  }
  for (const ref of state.labelRefs) {
    if (!state.labels.has(ref.name) && !state.targets.has(ref.name)) {
      state.report(ref.line, "error", `Unknown target name: "${ref.name}".`);
    }
  }
  const scaledUsed = /* @__PURE__ */ new Set();
  for (const ref of state.substitutionRefs) {
    if (!state.substitutions.has(ref.name)) {
      state.report(ref.line, "error", `Undefined substitution referenced: "${ref.name}".`);
    }
    const scaled = state.scaledSubstitutions.get(ref.name);
    if (scaled && !scaledUsed.has(ref.name)) {
      scaledUsed.add(ref.name);
      state.report(scaled.line, "warning", scaled.message);
    }
  }
  if (state.autoFootnoteRefs > state.autoFootnotes) {
    state.report(
      1,
      "error",
      `Too many autonumbered footnote references: only ${state.autoFootnotes} corresponding footnotes available.`
    );
  }
  if (state.symbolFootnoteRefs > state.symbolFootnotes) {
    state.report(
      1,
      "error",
      `Too many symbol footnote references: only ${state.symbolFootnotes} corresponding footnotes available.`
    );
  }
  if (state.anonymousRefs !== state.anonymousTargets && !state.anonymousUncertain) {
    state.report(
      1,
      "error",
      `Anonymous hyperlink mismatch: ${state.anonymousRefs} references but ${state.anonymousTargets} targets.`
    );
  }
}
function expandTabs(line) {
  if (!line.includes("	")) return line;
  let out = "";
  for (const ch of line) out += ch === "	" ? " ".repeat(8 - out.length % 8) : ch;
  return out;
}
function checkRst(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map(expandTabs);
  const state = new RstState();
  if (lines.length > MAX_LINES) return [];
  const walker = new BlockWalker(state);
  walker.walk({ lines, first: 1 }, false);
  checkTransitions(state, walker.top);
  checkReferences(state);
  const top = walker.top;
  if (top.length > 0 && top.length === 1 && top[0]?.kind === "title") {
    state.report(1, "error", "No content rendered: the document holds nothing but its title.");
  }
  return [...state.issues].sort((a, b) => a.line - b.line);
}

// packages/dists/src/data/classifiers.json
var classifiers_default = {
  source: "trove-classifiers",
  version: "2026.9.21.13",
  date: "2026-09-21",
  classifiers: [
    "Development Status :: 1 - Planning",
    "Development Status :: 2 - Pre-Alpha",
    "Development Status :: 3 - Alpha",
    "Development Status :: 4 - Beta",
    "Development Status :: 5 - Production/Stable",
    "Development Status :: 6 - Mature",
    "Development Status :: 7 - Inactive",
    "Environment :: Console",
    "Environment :: Console :: Curses",
    "Environment :: Console :: Framebuffer",
    "Environment :: Console :: Newt",
    "Environment :: Console :: svgalib",
    "Environment :: Cygwin (MS Windows)",
    "Environment :: GPU",
    "Environment :: GPU :: NVIDIA CUDA",
    "Environment :: GPU :: NVIDIA CUDA :: 1.0",
    "Environment :: GPU :: NVIDIA CUDA :: 1.1",
    "Environment :: GPU :: NVIDIA CUDA :: 2.0",
    "Environment :: GPU :: NVIDIA CUDA :: 2.1",
    "Environment :: GPU :: NVIDIA CUDA :: 2.2",
    "Environment :: GPU :: NVIDIA CUDA :: 2.3",
    "Environment :: GPU :: NVIDIA CUDA :: 3.0",
    "Environment :: GPU :: NVIDIA CUDA :: 3.1",
    "Environment :: GPU :: NVIDIA CUDA :: 3.2",
    "Environment :: GPU :: NVIDIA CUDA :: 4.0",
    "Environment :: GPU :: NVIDIA CUDA :: 4.1",
    "Environment :: GPU :: NVIDIA CUDA :: 4.2",
    "Environment :: GPU :: NVIDIA CUDA :: 5.0",
    "Environment :: GPU :: NVIDIA CUDA :: 5.5",
    "Environment :: GPU :: NVIDIA CUDA :: 6.0",
    "Environment :: GPU :: NVIDIA CUDA :: 6.5",
    "Environment :: GPU :: NVIDIA CUDA :: 7.0",
    "Environment :: GPU :: NVIDIA CUDA :: 7.5",
    "Environment :: GPU :: NVIDIA CUDA :: 8.0",
    "Environment :: GPU :: NVIDIA CUDA :: 9.0",
    "Environment :: GPU :: NVIDIA CUDA :: 9.1",
    "Environment :: GPU :: NVIDIA CUDA :: 9.2",
    "Environment :: GPU :: NVIDIA CUDA :: 10.0",
    "Environment :: GPU :: NVIDIA CUDA :: 10.1",
    "Environment :: GPU :: NVIDIA CUDA :: 10.2",
    "Environment :: GPU :: NVIDIA CUDA :: 11",
    "Environment :: GPU :: NVIDIA CUDA :: 11.0",
    "Environment :: GPU :: NVIDIA CUDA :: 11.1",
    "Environment :: GPU :: NVIDIA CUDA :: 11.2",
    "Environment :: GPU :: NVIDIA CUDA :: 11.3",
    "Environment :: GPU :: NVIDIA CUDA :: 11.4",
    "Environment :: GPU :: NVIDIA CUDA :: 11.5",
    "Environment :: GPU :: NVIDIA CUDA :: 11.6",
    "Environment :: GPU :: NVIDIA CUDA :: 11.7",
    "Environment :: GPU :: NVIDIA CUDA :: 11.8",
    "Environment :: GPU :: NVIDIA CUDA :: 12",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.0",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.1",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.2",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.3",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.4",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.5",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.6",
    "Environment :: GPU :: NVIDIA CUDA :: 13",
    "Environment :: Handhelds/PDA's",
    "Environment :: MacOS X",
    "Environment :: MacOS X :: Aqua",
    "Environment :: MacOS X :: Carbon",
    "Environment :: MacOS X :: Cocoa",
    "Environment :: No Input/Output (Daemon)",
    "Environment :: OpenStack",
    "Environment :: Other Environment",
    "Environment :: Plugins",
    "Environment :: Web Environment",
    "Environment :: Web Environment :: Buffet",
    "Environment :: Web Environment :: Mozilla",
    "Environment :: Web Environment :: ToscaWidgets",
    "Environment :: WebAssembly",
    "Environment :: WebAssembly :: Emscripten",
    "Environment :: WebAssembly :: WASI",
    "Environment :: Win32 (MS Windows)",
    "Environment :: X11 Applications",
    "Environment :: X11 Applications :: GTK",
    "Environment :: X11 Applications :: Gnome",
    "Environment :: X11 Applications :: KDE",
    "Environment :: X11 Applications :: Qt",
    "Framework :: AWS CDK",
    "Framework :: AWS CDK :: 1",
    "Framework :: AWS CDK :: 2",
    "Framework :: AiiDA",
    "Framework :: Ansible",
    "Framework :: AnyIO",
    "Framework :: Apache Airflow",
    "Framework :: Apache Airflow :: Provider",
    "Framework :: AsyncIO",
    "Framework :: BEAT",
    "Framework :: BFG",
    "Framework :: Bob",
    "Framework :: Bottle",
    "Framework :: Buildout",
    "Framework :: Buildout :: Extension",
    "Framework :: Buildout :: Recipe",
    "Framework :: CastleCMS",
    "Framework :: CastleCMS :: Theme",
    "Framework :: Celery",
    "Framework :: Chandler",
    "Framework :: CherryPy",
    "Framework :: CubicWeb",
    "Framework :: Dash",
    "Framework :: Datasette",
    "Framework :: Django",
    "Framework :: Django :: 1",
    "Framework :: Django :: 1.4",
    "Framework :: Django :: 1.5",
    "Framework :: Django :: 1.6",
    "Framework :: Django :: 1.7",
    "Framework :: Django :: 1.8",
    "Framework :: Django :: 1.9",
    "Framework :: Django :: 1.10",
    "Framework :: Django :: 1.11",
    "Framework :: Django :: 2",
    "Framework :: Django :: 2.0",
    "Framework :: Django :: 2.1",
    "Framework :: Django :: 2.2",
    "Framework :: Django :: 3",
    "Framework :: Django :: 3.0",
    "Framework :: Django :: 3.1",
    "Framework :: Django :: 3.2",
    "Framework :: Django :: 4",
    "Framework :: Django :: 4.0",
    "Framework :: Django :: 4.1",
    "Framework :: Django :: 4.2",
    "Framework :: Django :: 5",
    "Framework :: Django :: 5.0",
    "Framework :: Django :: 5.1",
    "Framework :: Django :: 5.2",
    "Framework :: Django :: 6",
    "Framework :: Django :: 6.0",
    "Framework :: Django :: 6.1",
    "Framework :: Django CMS",
    "Framework :: Django CMS :: 3.4",
    "Framework :: Django CMS :: 3.5",
    "Framework :: Django CMS :: 3.6",
    "Framework :: Django CMS :: 3.7",
    "Framework :: Django CMS :: 3.8",
    "Framework :: Django CMS :: 3.9",
    "Framework :: Django CMS :: 3.10",
    "Framework :: Django CMS :: 3.11",
    "Framework :: Django CMS :: 4.0",
    "Framework :: Django CMS :: 4.1",
    "Framework :: Django CMS :: 5.0",
    "Framework :: Django CMS :: 5.1",
    "Framework :: FastAPI",
    "Framework :: Flake8",
    "Framework :: Flask",
    "Framework :: Hatch",
    "Framework :: Hypothesis",
    "Framework :: IDLE",
    "Framework :: IPython",
    "Framework :: InvenTree",
    "Framework :: Jupyter",
    "Framework :: Jupyter :: JupyterLab",
    "Framework :: Jupyter :: JupyterLab :: 1",
    "Framework :: Jupyter :: JupyterLab :: 2",
    "Framework :: Jupyter :: JupyterLab :: 3",
    "Framework :: Jupyter :: JupyterLab :: 4",
    "Framework :: Jupyter :: JupyterLab :: Extensions",
    "Framework :: Jupyter :: JupyterLab :: Extensions :: Mime Renderers",
    "Framework :: Jupyter :: JupyterLab :: Extensions :: Prebuilt",
    "Framework :: Jupyter :: JupyterLab :: Extensions :: Themes",
    "Framework :: Kedro",
    "Framework :: Lektor",
    "Framework :: Litestar",
    "Framework :: Litestar :: 1",
    "Framework :: Litestar :: 2",
    "Framework :: Litestar :: 3",
    "Framework :: Masonite",
    "Framework :: Matplotlib",
    "Framework :: MkDocs",
    "Framework :: Nengo",
    "Framework :: Odoo",
    "Framework :: Odoo :: 8.0",
    "Framework :: Odoo :: 9.0",
    "Framework :: Odoo :: 10.0",
    "Framework :: Odoo :: 11.0",
    "Framework :: Odoo :: 12.0",
    "Framework :: Odoo :: 13.0",
    "Framework :: Odoo :: 14.0",
    "Framework :: Odoo :: 15.0",
    "Framework :: Odoo :: 16.0",
    "Framework :: Odoo :: 17.0",
    "Framework :: Odoo :: 18.0",
    "Framework :: Odoo :: 19.0",
    "Framework :: Odoo :: 20.0",
    "Framework :: OpenTelemetry",
    "Framework :: OpenTelemetry :: Distros",
    "Framework :: OpenTelemetry :: Exporters",
    "Framework :: OpenTelemetry :: Instrumentations",
    "Framework :: Opps",
    "Framework :: Paste",
    "Framework :: Pelican",
    "Framework :: Pelican :: Plugins",
    "Framework :: Pelican :: Themes",
    "Framework :: Plone",
    "Framework :: Plone :: 3.2",
    "Framework :: Plone :: 3.3",
    "Framework :: Plone :: 4.0",
    "Framework :: Plone :: 4.1",
    "Framework :: Plone :: 4.2",
    "Framework :: Plone :: 4.3",
    "Framework :: Plone :: 5.0",
    "Framework :: Plone :: 5.1",
    "Framework :: Plone :: 5.2",
    "Framework :: Plone :: 5.3",
    "Framework :: Plone :: 6.0",
    "Framework :: Plone :: 6.1",
    "Framework :: Plone :: 6.2",
    "Framework :: Plone :: 6.3",
    "Framework :: Plone :: Addon",
    "Framework :: Plone :: Core",
    "Framework :: Plone :: Distribution",
    "Framework :: Plone :: Theme",
    "Framework :: PySimpleGUI",
    "Framework :: PySimpleGUI :: 4",
    "Framework :: PySimpleGUI :: 5",
    "Framework :: Pycsou",
    "Framework :: Pydantic",
    "Framework :: Pydantic :: 1",
    "Framework :: Pydantic :: 2",
    "Framework :: Pylons",
    "Framework :: Pyodide",
    "Framework :: Pyramid",
    "Framework :: Pytest",
    "Framework :: Review Board",
    "Framework :: Robot Framework",
    "Framework :: Robot Framework :: Library",
    "Framework :: Robot Framework :: Tool",
    "Framework :: Scrapy",
    "Framework :: Setuptools Plugin",
    "Framework :: Sphinx",
    "Framework :: Sphinx :: Domain",
    "Framework :: Sphinx :: Extension",
    "Framework :: Sphinx :: Theme",
    "Framework :: Trac",
    "Framework :: Trio",
    "Framework :: Tryton",
    "Framework :: TurboGears",
    "Framework :: TurboGears :: Applications",
    "Framework :: TurboGears :: Widgets",
    "Framework :: Twisted",
    "Framework :: Wagtail",
    "Framework :: Wagtail :: 1",
    "Framework :: Wagtail :: 2",
    "Framework :: Wagtail :: 3",
    "Framework :: Wagtail :: 4",
    "Framework :: Wagtail :: 5",
    "Framework :: Wagtail :: 6",
    "Framework :: Wagtail :: 7",
    "Framework :: Wagtail :: 8",
    "Framework :: ZODB",
    "Framework :: Zope",
    "Framework :: Zope2",
    "Framework :: Zope3",
    "Framework :: Zope :: 2",
    "Framework :: Zope :: 3",
    "Framework :: Zope :: 4",
    "Framework :: Zope :: 5",
    "Framework :: Zope :: 6",
    "Framework :: aiohttp",
    "Framework :: cocotb",
    "Framework :: napari",
    "Framework :: tox",
    "Intended Audience :: Customer Service",
    "Intended Audience :: Developers",
    "Intended Audience :: Education",
    "Intended Audience :: End Users/Desktop",
    "Intended Audience :: Financial and Insurance Industry",
    "Intended Audience :: Healthcare Industry",
    "Intended Audience :: Information Technology",
    "Intended Audience :: Legal Industry",
    "Intended Audience :: Manufacturing",
    "Intended Audience :: Other Audience",
    "Intended Audience :: Religion",
    "Intended Audience :: Science/Research",
    "Intended Audience :: System Administrators",
    "Intended Audience :: Telecommunications Industry",
    "License :: Aladdin Free Public License (AFPL)",
    "License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication",
    "License :: CeCILL-B Free Software License Agreement (CECILL-B)",
    "License :: CeCILL-C Free Software License Agreement (CECILL-C)",
    "License :: DFSG approved",
    "License :: Eiffel Forum License (EFL)",
    "License :: Free For Educational Use",
    "License :: Free For Home Use",
    "License :: Free To Use But Restricted",
    "License :: Free for non-commercial use",
    "License :: Freely Distributable",
    "License :: Freeware",
    "License :: GUST Font License 1.0",
    "License :: GUST Font License 2006-09-30",
    "License :: Netscape Public License (NPL)",
    "License :: Nokia Open Source License (NOKOS)",
    "License :: OSI Approved",
    "License :: OSI Approved :: Academic Free License (AFL)",
    "License :: OSI Approved :: Apache Software License",
    "License :: OSI Approved :: Apple Public Source License",
    "License :: OSI Approved :: Artistic License",
    "License :: OSI Approved :: Attribution Assurance License",
    "License :: OSI Approved :: BSD License",
    "License :: OSI Approved :: Blue Oak Model License (BlueOak-1.0.0)",
    "License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)",
    "License :: OSI Approved :: CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)",
    "License :: OSI Approved :: CMU License (MIT-CMU)",
    "License :: OSI Approved :: Common Development and Distribution License 1.0 (CDDL-1.0)",
    "License :: OSI Approved :: Common Public License",
    "License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)",
    "License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)",
    "License :: OSI Approved :: Educational Community License, Version 2.0 (ECL-2.0)",
    "License :: OSI Approved :: Eiffel Forum License",
    "License :: OSI Approved :: European Union Public Licence 1.0 (EUPL 1.0)",
    "License :: OSI Approved :: European Union Public Licence 1.1 (EUPL 1.1)",
    "License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)",
    "License :: OSI Approved :: GNU Affero General Public License v3",
    "License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)",
    "License :: OSI Approved :: GNU Free Documentation License (FDL)",
    "License :: OSI Approved :: GNU General Public License (GPL)",
    "License :: OSI Approved :: GNU General Public License v2 (GPLv2)",
    "License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)",
    "License :: OSI Approved :: GNU General Public License v3 (GPLv3)",
    "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)",
    "License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)",
    "License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)",
    "License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)",
    "License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)",
    "License :: OSI Approved :: GNU Library or Lesser General Public License (LGPL)",
    "License :: OSI Approved :: Historical Permission Notice and Disclaimer (HPND)",
    "License :: OSI Approved :: IBM Public License",
    "License :: OSI Approved :: ISC License (ISCL)",
    "License :: OSI Approved :: MIT License",
    "License :: OSI Approved :: MIT No Attribution License (MIT-0)",
    "License :: OSI Approved :: MirOS License (MirOS)",
    "License :: OSI Approved :: Motosoto License",
    "License :: OSI Approved :: Mozilla Public License 1.0 (MPL)",
    "License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)",
    "License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)",
    "License :: OSI Approved :: Mulan Permissive Software License v2 (MulanPSL-2.0)",
    "License :: OSI Approved :: NASA Open Source Agreement v1.3 (NASA-1.3)",
    "License :: OSI Approved :: Nethack General Public License",
    "License :: OSI Approved :: Nokia Open Source License",
    "License :: OSI Approved :: Open Group Test Suite License",
    "License :: OSI Approved :: Open Software License 3.0 (OSL-3.0)",
    "License :: OSI Approved :: PostgreSQL License",
    "License :: OSI Approved :: Python License (CNRI Python License)",
    "License :: OSI Approved :: Python Software Foundation License",
    "License :: OSI Approved :: Qt Public License (QPL)",
    "License :: OSI Approved :: Ricoh Source Code Public License",
    "License :: OSI Approved :: SIL Open Font License 1.1 (OFL-1.1)",
    "License :: OSI Approved :: Sleepycat License",
    "License :: OSI Approved :: Sun Public License",
    "License :: OSI Approved :: The Unlicense (Unlicense)",
    "License :: OSI Approved :: Universal Permissive License (UPL)",
    "License :: OSI Approved :: University of Illinois/NCSA Open Source License",
    "License :: OSI Approved :: Vovida Software License 1.0",
    "License :: OSI Approved :: W3C License",
    "License :: OSI Approved :: Zero-Clause BSD (0BSD)",
    "License :: OSI Approved :: Zope Public License",
    "License :: OSI Approved :: zlib/libpng License",
    "License :: Other/Proprietary License",
    "License :: Public Domain",
    "License :: Repoze Public License",
    "Natural Language :: Afrikaans",
    "Natural Language :: Arabic",
    "Natural Language :: Armenian",
    "Natural Language :: Basque",
    "Natural Language :: Bengali",
    "Natural Language :: Bosnian",
    "Natural Language :: Bulgarian",
    "Natural Language :: Cantonese",
    "Natural Language :: Catalan",
    "Natural Language :: Catalan (Valencian)",
    "Natural Language :: Chinese (Simplified)",
    "Natural Language :: Chinese (Traditional)",
    "Natural Language :: Croatian",
    "Natural Language :: Czech",
    "Natural Language :: Danish",
    "Natural Language :: Dutch",
    "Natural Language :: English",
    "Natural Language :: Esperanto",
    "Natural Language :: Estonian",
    "Natural Language :: Finnish",
    "Natural Language :: French",
    "Natural Language :: Galician",
    "Natural Language :: Georgian",
    "Natural Language :: German",
    "Natural Language :: Greek",
    "Natural Language :: Hebrew",
    "Natural Language :: Hindi",
    "Natural Language :: Hungarian",
    "Natural Language :: Icelandic",
    "Natural Language :: Indonesian",
    "Natural Language :: Irish",
    "Natural Language :: Italian",
    "Natural Language :: Japanese",
    "Natural Language :: Javanese",
    "Natural Language :: Korean",
    "Natural Language :: Latin",
    "Natural Language :: Latvian",
    "Natural Language :: Lithuanian",
    "Natural Language :: Macedonian",
    "Natural Language :: Malay",
    "Natural Language :: Marathi",
    "Natural Language :: Nepali",
    "Natural Language :: Norwegian",
    "Natural Language :: Panjabi",
    "Natural Language :: Persian",
    "Natural Language :: Polish",
    "Natural Language :: Portuguese",
    "Natural Language :: Portuguese (Brazilian)",
    "Natural Language :: Romanian",
    "Natural Language :: Russian",
    "Natural Language :: Serbian",
    "Natural Language :: Slovak",
    "Natural Language :: Slovenian",
    "Natural Language :: Spanish",
    "Natural Language :: Swedish",
    "Natural Language :: Tamil",
    "Natural Language :: Telugu",
    "Natural Language :: Thai",
    "Natural Language :: Tibetan",
    "Natural Language :: Turkish",
    "Natural Language :: Ukrainian",
    "Natural Language :: Urdu",
    "Natural Language :: Vietnamese",
    "Natural Language :: Yiddish",
    "Operating System :: Android",
    "Operating System :: BeOS",
    "Operating System :: MacOS",
    "Operating System :: MacOS :: MacOS 9",
    "Operating System :: MacOS :: MacOS X",
    "Operating System :: Microsoft",
    "Operating System :: Microsoft :: MS-DOS",
    "Operating System :: Microsoft :: Windows",
    "Operating System :: Microsoft :: Windows :: Windows 3.1 or Earlier",
    "Operating System :: Microsoft :: Windows :: Windows 7",
    "Operating System :: Microsoft :: Windows :: Windows 8",
    "Operating System :: Microsoft :: Windows :: Windows 8.1",
    "Operating System :: Microsoft :: Windows :: Windows 10",
    "Operating System :: Microsoft :: Windows :: Windows 11",
    "Operating System :: Microsoft :: Windows :: Windows 95/98/2000",
    "Operating System :: Microsoft :: Windows :: Windows CE",
    "Operating System :: Microsoft :: Windows :: Windows NT/2000",
    "Operating System :: Microsoft :: Windows :: Windows Server 2003",
    "Operating System :: Microsoft :: Windows :: Windows Server 2008",
    "Operating System :: Microsoft :: Windows :: Windows Vista",
    "Operating System :: Microsoft :: Windows :: Windows XP",
    "Operating System :: OS Independent",
    "Operating System :: OS/2",
    "Operating System :: Other OS",
    "Operating System :: PDA Systems",
    "Operating System :: POSIX",
    "Operating System :: POSIX :: AIX",
    "Operating System :: POSIX :: BSD",
    "Operating System :: POSIX :: BSD :: BSD/OS",
    "Operating System :: POSIX :: BSD :: FreeBSD",
    "Operating System :: POSIX :: BSD :: NetBSD",
    "Operating System :: POSIX :: BSD :: OpenBSD",
    "Operating System :: POSIX :: GNU Hurd",
    "Operating System :: POSIX :: HP-UX",
    "Operating System :: POSIX :: IRIX",
    "Operating System :: POSIX :: Linux",
    "Operating System :: POSIX :: Other",
    "Operating System :: POSIX :: SCO",
    "Operating System :: POSIX :: SunOS/Solaris",
    "Operating System :: PalmOS",
    "Operating System :: RISC OS",
    "Operating System :: Unix",
    "Operating System :: iOS",
    "Programming Language :: APL",
    "Programming Language :: ASP",
    "Programming Language :: Ada",
    "Programming Language :: Assembly",
    "Programming Language :: Awk",
    "Programming Language :: Basic",
    "Programming Language :: C",
    "Programming Language :: C#",
    "Programming Language :: C++",
    "Programming Language :: Cold Fusion",
    "Programming Language :: Cython",
    "Programming Language :: D",
    "Programming Language :: Delphi/Kylix",
    "Programming Language :: Dylan",
    "Programming Language :: Eiffel",
    "Programming Language :: Emacs-Lisp",
    "Programming Language :: Erlang",
    "Programming Language :: Euler",
    "Programming Language :: Euphoria",
    "Programming Language :: F#",
    "Programming Language :: Forth",
    "Programming Language :: Fortran",
    "Programming Language :: Go",
    "Programming Language :: Haskell",
    "Programming Language :: Hy",
    "Programming Language :: Java",
    "Programming Language :: JavaScript",
    "Programming Language :: Kotlin",
    "Programming Language :: Lisp",
    "Programming Language :: Logo",
    "Programming Language :: Lua",
    "Programming Language :: ML",
    "Programming Language :: Modula",
    "Programming Language :: OCaml",
    "Programming Language :: Object Pascal",
    "Programming Language :: Objective C",
    "Programming Language :: Other",
    "Programming Language :: Other Scripting Engines",
    "Programming Language :: PHP",
    "Programming Language :: PL/SQL",
    "Programming Language :: PROGRESS",
    "Programming Language :: Pascal",
    "Programming Language :: Perl",
    "Programming Language :: Pike",
    "Programming Language :: Pliant",
    "Programming Language :: Prolog",
    "Programming Language :: Python",
    "Programming Language :: Python :: 2",
    "Programming Language :: Python :: 2 :: Only",
    "Programming Language :: Python :: 2.3",
    "Programming Language :: Python :: 2.4",
    "Programming Language :: Python :: 2.5",
    "Programming Language :: Python :: 2.6",
    "Programming Language :: Python :: 2.7",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    "Programming Language :: Python :: 3.0",
    "Programming Language :: Python :: 3.1",
    "Programming Language :: Python :: 3.2",
    "Programming Language :: Python :: 3.3",
    "Programming Language :: Python :: 3.4",
    "Programming Language :: Python :: 3.5",
    "Programming Language :: Python :: 3.6",
    "Programming Language :: Python :: 3.7",
    "Programming Language :: Python :: 3.8",
    "Programming Language :: Python :: 3.9",
    "Programming Language :: Python :: 3.10",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3.13",
    "Programming Language :: Python :: 3.14",
    "Programming Language :: Python :: 3.15",
    "Programming Language :: Python :: 3.16",
    "Programming Language :: Python :: Free Threading",
    "Programming Language :: Python :: Free Threading :: 1 - Unstable",
    "Programming Language :: Python :: Free Threading :: 2 - Beta",
    "Programming Language :: Python :: Free Threading :: 3 - Stable",
    "Programming Language :: Python :: Free Threading :: 4 - Resilient",
    "Programming Language :: Python :: Implementation",
    "Programming Language :: Python :: Implementation :: CPython",
    "Programming Language :: Python :: Implementation :: GraalPy",
    "Programming Language :: Python :: Implementation :: IronPython",
    "Programming Language :: Python :: Implementation :: Jython",
    "Programming Language :: Python :: Implementation :: MicroPython",
    "Programming Language :: Python :: Implementation :: PyPy",
    "Programming Language :: Python :: Implementation :: Stackless",
    "Programming Language :: R",
    "Programming Language :: REBOL",
    "Programming Language :: Rexx",
    "Programming Language :: Ruby",
    "Programming Language :: Rust",
    "Programming Language :: SQL",
    "Programming Language :: Scheme",
    "Programming Language :: Simula",
    "Programming Language :: Smalltalk",
    "Programming Language :: Tcl",
    "Programming Language :: Unix Shell",
    "Programming Language :: Visual Basic",
    "Programming Language :: XBasic",
    "Programming Language :: YACC",
    "Programming Language :: Zig",
    "Programming Language :: Zope",
    "Topic :: Adaptive Technologies",
    "Topic :: Artistic Software",
    "Topic :: Communications",
    "Topic :: Communications :: BBS",
    "Topic :: Communications :: Chat",
    "Topic :: Communications :: Chat :: ICQ",
    "Topic :: Communications :: Chat :: Internet Relay Chat",
    "Topic :: Communications :: Chat :: Unix Talk",
    "Topic :: Communications :: Conferencing",
    "Topic :: Communications :: Email",
    "Topic :: Communications :: Email :: Address Book",
    "Topic :: Communications :: Email :: Email Clients (MUA)",
    "Topic :: Communications :: Email :: Filters",
    "Topic :: Communications :: Email :: Mail Transport Agents",
    "Topic :: Communications :: Email :: Mailing List Servers",
    "Topic :: Communications :: Email :: Post-Office",
    "Topic :: Communications :: Email :: Post-Office :: IMAP",
    "Topic :: Communications :: Email :: Post-Office :: POP3",
    "Topic :: Communications :: FIDO",
    "Topic :: Communications :: Fax",
    "Topic :: Communications :: File Sharing",
    "Topic :: Communications :: File Sharing :: Gnutella",
    "Topic :: Communications :: File Sharing :: Napster",
    "Topic :: Communications :: Ham Radio",
    "Topic :: Communications :: Internet Phone",
    "Topic :: Communications :: Telephony",
    "Topic :: Communications :: Usenet News",
    "Topic :: Database",
    "Topic :: Database :: Database Engines/Servers",
    "Topic :: Database :: Front-Ends",
    "Topic :: Desktop Environment",
    "Topic :: Desktop Environment :: File Managers",
    "Topic :: Desktop Environment :: GNUstep",
    "Topic :: Desktop Environment :: Gnome",
    "Topic :: Desktop Environment :: K Desktop Environment (KDE)",
    "Topic :: Desktop Environment :: K Desktop Environment (KDE) :: Themes",
    "Topic :: Desktop Environment :: PicoGUI",
    "Topic :: Desktop Environment :: PicoGUI :: Applications",
    "Topic :: Desktop Environment :: PicoGUI :: Themes",
    "Topic :: Desktop Environment :: Screen Savers",
    "Topic :: Desktop Environment :: Window Managers",
    "Topic :: Desktop Environment :: Window Managers :: Afterstep",
    "Topic :: Desktop Environment :: Window Managers :: Afterstep :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Applets",
    "Topic :: Desktop Environment :: Window Managers :: Blackbox",
    "Topic :: Desktop Environment :: Window Managers :: Blackbox :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: CTWM",
    "Topic :: Desktop Environment :: Window Managers :: CTWM :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Epplets",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR15",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR16",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR17",
    "Topic :: Desktop Environment :: Window Managers :: FVWM",
    "Topic :: Desktop Environment :: Window Managers :: FVWM :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Fluxbox",
    "Topic :: Desktop Environment :: Window Managers :: Fluxbox :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: IceWM",
    "Topic :: Desktop Environment :: Window Managers :: IceWM :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: MetaCity",
    "Topic :: Desktop Environment :: Window Managers :: MetaCity :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Oroborus",
    "Topic :: Desktop Environment :: Window Managers :: Oroborus :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Sawfish",
    "Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes 0.30",
    "Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes pre-0.30",
    "Topic :: Desktop Environment :: Window Managers :: Waimea",
    "Topic :: Desktop Environment :: Window Managers :: Waimea :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Window Maker",
    "Topic :: Desktop Environment :: Window Managers :: Window Maker :: Applets",
    "Topic :: Desktop Environment :: Window Managers :: Window Maker :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: XFCE",
    "Topic :: Desktop Environment :: Window Managers :: XFCE :: Themes",
    "Topic :: Documentation",
    "Topic :: Documentation :: Sphinx",
    "Topic :: Education",
    "Topic :: Education :: Computer Aided Instruction (CAI)",
    "Topic :: Education :: Testing",
    "Topic :: File Formats",
    "Topic :: File Formats :: JSON",
    "Topic :: File Formats :: JSON :: JSON Schema",
    "Topic :: Games/Entertainment",
    "Topic :: Games/Entertainment :: Arcade",
    "Topic :: Games/Entertainment :: Board Games",
    "Topic :: Games/Entertainment :: First Person Shooters",
    "Topic :: Games/Entertainment :: Fortune Cookies",
    "Topic :: Games/Entertainment :: Multi-User Dungeons (MUD)",
    "Topic :: Games/Entertainment :: Puzzle Games",
    "Topic :: Games/Entertainment :: Real Time Strategy",
    "Topic :: Games/Entertainment :: Role-Playing",
    "Topic :: Games/Entertainment :: Side-Scrolling/Arcade Games",
    "Topic :: Games/Entertainment :: Simulation",
    "Topic :: Games/Entertainment :: Turn Based Strategy",
    "Topic :: Home Automation",
    "Topic :: Internet",
    "Topic :: Internet :: File Transfer Protocol (FTP)",
    "Topic :: Internet :: Finger",
    "Topic :: Internet :: Log Analysis",
    "Topic :: Internet :: Name Service (DNS)",
    "Topic :: Internet :: Proxy Servers",
    "Topic :: Internet :: WAP",
    "Topic :: Internet :: WWW/HTTP",
    "Topic :: Internet :: WWW/HTTP :: Browsers",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: CGI Tools/Libraries",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Content Management System",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Message Boards",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: News/Diary",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Page Counters",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Wiki",
    "Topic :: Internet :: WWW/HTTP :: HTTP Servers",
    "Topic :: Internet :: WWW/HTTP :: Indexing/Search",
    "Topic :: Internet :: WWW/HTTP :: Session",
    "Topic :: Internet :: WWW/HTTP :: Site Management",
    "Topic :: Internet :: WWW/HTTP :: Site Management :: Link Checking",
    "Topic :: Internet :: WWW/HTTP :: WSGI",
    "Topic :: Internet :: WWW/HTTP :: WSGI :: Application",
    "Topic :: Internet :: WWW/HTTP :: WSGI :: Middleware",
    "Topic :: Internet :: WWW/HTTP :: WSGI :: Server",
    "Topic :: Internet :: XMPP",
    "Topic :: Internet :: Z39.50",
    "Topic :: Multimedia",
    "Topic :: Multimedia :: Graphics",
    "Topic :: Multimedia :: Graphics :: 3D Modeling",
    "Topic :: Multimedia :: Graphics :: 3D Rendering",
    "Topic :: Multimedia :: Graphics :: Capture",
    "Topic :: Multimedia :: Graphics :: Capture :: Digital Camera",
    "Topic :: Multimedia :: Graphics :: Capture :: Scanners",
    "Topic :: Multimedia :: Graphics :: Capture :: Screen Capture",
    "Topic :: Multimedia :: Graphics :: Editors",
    "Topic :: Multimedia :: Graphics :: Editors :: Raster-Based",
    "Topic :: Multimedia :: Graphics :: Editors :: Vector-Based",
    "Topic :: Multimedia :: Graphics :: Graphics Conversion",
    "Topic :: Multimedia :: Graphics :: Presentation",
    "Topic :: Multimedia :: Graphics :: Viewers",
    "Topic :: Multimedia :: Sound/Audio",
    "Topic :: Multimedia :: Sound/Audio :: Analysis",
    "Topic :: Multimedia :: Sound/Audio :: CD Audio",
    "Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Playing",
    "Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Ripping",
    "Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Writing",
    "Topic :: Multimedia :: Sound/Audio :: Capture/Recording",
    "Topic :: Multimedia :: Sound/Audio :: Conversion",
    "Topic :: Multimedia :: Sound/Audio :: Editors",
    "Topic :: Multimedia :: Sound/Audio :: MIDI",
    "Topic :: Multimedia :: Sound/Audio :: Mixers",
    "Topic :: Multimedia :: Sound/Audio :: Players",
    "Topic :: Multimedia :: Sound/Audio :: Players :: MP3",
    "Topic :: Multimedia :: Sound/Audio :: Sound Synthesis",
    "Topic :: Multimedia :: Sound/Audio :: Speech",
    "Topic :: Multimedia :: Video",
    "Topic :: Multimedia :: Video :: Capture",
    "Topic :: Multimedia :: Video :: Conversion",
    "Topic :: Multimedia :: Video :: Display",
    "Topic :: Multimedia :: Video :: Non-Linear Editor",
    "Topic :: Office/Business",
    "Topic :: Office/Business :: Financial",
    "Topic :: Office/Business :: Financial :: Accounting",
    "Topic :: Office/Business :: Financial :: Investment",
    "Topic :: Office/Business :: Financial :: Point-Of-Sale",
    "Topic :: Office/Business :: Financial :: Spreadsheet",
    "Topic :: Office/Business :: Groupware",
    "Topic :: Office/Business :: News/Diary",
    "Topic :: Office/Business :: Office Suites",
    "Topic :: Office/Business :: Scheduling",
    "Topic :: Other/Nonlisted Topic",
    "Topic :: Printing",
    "Topic :: Religion",
    "Topic :: Scientific/Engineering",
    "Topic :: Scientific/Engineering :: Artificial Intelligence",
    "Topic :: Scientific/Engineering :: Artificial Life",
    "Topic :: Scientific/Engineering :: Astronomy",
    "Topic :: Scientific/Engineering :: Atmospheric Science",
    "Topic :: Scientific/Engineering :: Bio-Informatics",
    "Topic :: Scientific/Engineering :: Chemistry",
    "Topic :: Scientific/Engineering :: Electronic Design Automation (EDA)",
    "Topic :: Scientific/Engineering :: GIS",
    "Topic :: Scientific/Engineering :: Human Machine Interfaces",
    "Topic :: Scientific/Engineering :: Hydrology",
    "Topic :: Scientific/Engineering :: Image Processing",
    "Topic :: Scientific/Engineering :: Image Recognition",
    "Topic :: Scientific/Engineering :: Information Analysis",
    "Topic :: Scientific/Engineering :: Instrument Drivers",
    "Topic :: Scientific/Engineering :: Instrument Drivers :: IVI Conformant",
    "Topic :: Scientific/Engineering :: Interface Engine/Protocol Translator",
    "Topic :: Scientific/Engineering :: Mathematics",
    "Topic :: Scientific/Engineering :: Medical Science Apps.",
    "Topic :: Scientific/Engineering :: Oceanography",
    "Topic :: Scientific/Engineering :: Physics",
    "Topic :: Scientific/Engineering :: Quantum Computing",
    "Topic :: Scientific/Engineering :: Visualization",
    "Topic :: Security",
    "Topic :: Security :: Cryptography",
    "Topic :: Sociology",
    "Topic :: Sociology :: Genealogy",
    "Topic :: Sociology :: History",
    "Topic :: Software Development",
    "Topic :: Software Development :: Assemblers",
    "Topic :: Software Development :: Bug Tracking",
    "Topic :: Software Development :: Build Tools",
    "Topic :: Software Development :: Code Generators",
    "Topic :: Software Development :: Compilers",
    "Topic :: Software Development :: Debuggers",
    "Topic :: Software Development :: Disassemblers",
    "Topic :: Software Development :: Documentation",
    "Topic :: Software Development :: Embedded Systems",
    "Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN)",
    "Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: CANopen",
    "Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: J1939",
    "Topic :: Software Development :: Internationalization",
    "Topic :: Software Development :: Interpreters",
    "Topic :: Software Development :: Libraries",
    "Topic :: Software Development :: Libraries :: Application Frameworks",
    "Topic :: Software Development :: Libraries :: Java Libraries",
    "Topic :: Software Development :: Libraries :: PHP Classes",
    "Topic :: Software Development :: Libraries :: Perl Modules",
    "Topic :: Software Development :: Libraries :: Pike Modules",
    "Topic :: Software Development :: Libraries :: Python Modules",
    "Topic :: Software Development :: Libraries :: Ruby Modules",
    "Topic :: Software Development :: Libraries :: Tcl Extensions",
    "Topic :: Software Development :: Libraries :: pygame",
    "Topic :: Software Development :: Localization",
    "Topic :: Software Development :: Object Brokering",
    "Topic :: Software Development :: Object Brokering :: CORBA",
    "Topic :: Software Development :: Pre-processors",
    "Topic :: Software Development :: Quality Assurance",
    "Topic :: Software Development :: Testing",
    "Topic :: Software Development :: Testing :: Acceptance",
    "Topic :: Software Development :: Testing :: BDD",
    "Topic :: Software Development :: Testing :: Mocking",
    "Topic :: Software Development :: Testing :: Traffic Generation",
    "Topic :: Software Development :: Testing :: Unit",
    "Topic :: Software Development :: User Interfaces",
    "Topic :: Software Development :: Version Control",
    "Topic :: Software Development :: Version Control :: Bazaar",
    "Topic :: Software Development :: Version Control :: CVS",
    "Topic :: Software Development :: Version Control :: Git",
    "Topic :: Software Development :: Version Control :: Mercurial",
    "Topic :: Software Development :: Version Control :: RCS",
    "Topic :: Software Development :: Version Control :: SCCS",
    "Topic :: Software Development :: Widget Sets",
    "Topic :: System",
    "Topic :: System :: Archiving",
    "Topic :: System :: Archiving :: Backup",
    "Topic :: System :: Archiving :: Compression",
    "Topic :: System :: Archiving :: Mirroring",
    "Topic :: System :: Archiving :: Packaging",
    "Topic :: System :: Benchmark",
    "Topic :: System :: Boot",
    "Topic :: System :: Boot :: Init",
    "Topic :: System :: Clustering",
    "Topic :: System :: Console Fonts",
    "Topic :: System :: Distributed Computing",
    "Topic :: System :: Emulators",
    "Topic :: System :: Filesystems",
    "Topic :: System :: Hardware",
    "Topic :: System :: Hardware :: Hardware Drivers",
    "Topic :: System :: Hardware :: Mainframes",
    "Topic :: System :: Hardware :: Symmetric Multi-processing",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio/Video (AV)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Communications Device Class (CDC)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Diagnostic Device",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Hub",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Human Interface Device (HID)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Mass Storage",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Miscellaneous",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Printer",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Smart Card",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Vendor",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Video (UVC)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Wireless Controller",
    "Topic :: System :: Installation/Setup",
    "Topic :: System :: Logging",
    "Topic :: System :: Monitoring",
    "Topic :: System :: Networking",
    "Topic :: System :: Networking :: Firewalls",
    "Topic :: System :: Networking :: Monitoring",
    "Topic :: System :: Networking :: Monitoring :: Hardware Watchdog",
    "Topic :: System :: Networking :: Time Synchronization",
    "Topic :: System :: Operating System",
    "Topic :: System :: Operating System Kernels",
    "Topic :: System :: Operating System Kernels :: BSD",
    "Topic :: System :: Operating System Kernels :: GNU Hurd",
    "Topic :: System :: Operating System Kernels :: Linux",
    "Topic :: System :: Power (UPS)",
    "Topic :: System :: Recovery Tools",
    "Topic :: System :: Shells",
    "Topic :: System :: Software Distribution",
    "Topic :: System :: System Shells",
    "Topic :: System :: Systems Administration",
    "Topic :: System :: Systems Administration :: Authentication/Directory",
    "Topic :: System :: Systems Administration :: Authentication/Directory :: LDAP",
    "Topic :: System :: Systems Administration :: Authentication/Directory :: NIS",
    "Topic :: Terminals",
    "Topic :: Terminals :: Serial",
    "Topic :: Terminals :: Telnet",
    "Topic :: Terminals :: Terminal Emulators/X Terminals",
    "Topic :: Text Editors",
    "Topic :: Text Editors :: Documentation",
    "Topic :: Text Editors :: Emacs",
    "Topic :: Text Editors :: Integrated Development Environments (IDE)",
    "Topic :: Text Editors :: Text Processing",
    "Topic :: Text Editors :: Word Processors",
    "Topic :: Text Processing",
    "Topic :: Text Processing :: Filters",
    "Topic :: Text Processing :: Fonts",
    "Topic :: Text Processing :: General",
    "Topic :: Text Processing :: Indexing",
    "Topic :: Text Processing :: Linguistic",
    "Topic :: Text Processing :: Markup",
    "Topic :: Text Processing :: Markup :: HTML",
    "Topic :: Text Processing :: Markup :: LaTeX",
    "Topic :: Text Processing :: Markup :: Markdown",
    "Topic :: Text Processing :: Markup :: SGML",
    "Topic :: Text Processing :: Markup :: VRML",
    "Topic :: Text Processing :: Markup :: XML",
    "Topic :: Text Processing :: Markup :: reStructuredText",
    "Topic :: Utilities",
    "Typing :: Stubs Only",
    "Typing :: Typed"
  ],
  deprecated: {
    "Framework :: Django CMS :: 4.2": ["Framework :: Django CMS :: 5.0"],
    "License :: OSI Approved :: Intel Open Source License": [],
    "License :: OSI Approved :: Jabber Open Source License": [],
    "License :: OSI Approved :: MITRE Collaborative Virtual Workspace License (CVW)": [],
    "License :: OSI Approved :: Sun Industry Standards Source License (SISSL)": [],
    "License :: OSI Approved :: X.Net License": [],
    "Natural Language :: Ukranian": ["Natural Language :: Ukrainian"],
    "Topic :: Communications :: Chat :: AOL Instant Messenger": []
  }
};

// packages/dists/src/classifiers.ts
var BUNDLED_CLASSIFIERS = {
  source: `${classifiers_default.source} ${classifiers_default.version} (${classifiers_default.date})`,
  known: new Set(classifiers_default.classifiers),
  authoritative: false
};
var DEPRECATED = new Map(Object.entries(classifiers_default.deprecated));
function classifyClassifier(classifier, list2 = BUNDLED_CLASSIFIERS) {
  if (classifier.startsWith("Private ::")) return "private";
  if (DEPRECATED.has(classifier)) return "deprecated";
  if (list2.known.has(classifier)) return "known";
  return "unknown";
}
function classifierReplacements(classifier) {
  return DEPRECATED.get(classifier);
}
function classifierListFromText(text, source) {
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length < 100 || !lines.every((l) => l.includes(" :: ") || !l.includes("<"))) return void 0;
  if (!lines.includes("Programming Language :: Python")) return void 0;
  return { source, known: new Set(lines), authoritative: true };
}

// packages/dists/src/email-address.ts
function splitAddresses(text) {
  const parts = [];
  let current = "";
  let quoted = false;
  let angle = 0;
  let comment = 0;
  for (let i2 = 0; i2 < text.length; i2++) {
    const ch = text[i2] ?? "";
    if (quoted) {
      if (ch === "\\") {
        current += ch + (text[i2 + 1] ?? "");
        i2++;
        continue;
      }
      if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === "(") comment++;
    else if (ch === ")" && comment > 0) comment--;
    else if (ch === "<") angle++;
    else if (ch === ">" && angle > 0) angle--;
    else if (ch === "," && angle === 0 && comment === 0) {
      parts.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}
var ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+$/;
var LABEL = /^[A-Za-z0-9\u0080-\uFFFF](?:[A-Za-z0-9\u0080-\uFFFF-]*[A-Za-z0-9\u0080-\uFFFF])?$/;
function addrSpecError(addr) {
  const at = addr.lastIndexOf("@");
  if (at < 0) return `'${addr}' has no @-sign`;
  const local2 = addr.slice(0, at);
  const domain = addr.slice(at + 1);
  const localOk = /^"(?:[^"\\]|\\.)*"$/.test(local2) || local2 !== "" && local2.split(".").every((a) => ATOM.test(a));
  if (!localOk) return `the part before the @-sign in '${addr}' is not valid`;
  const labels = domain.split(".");
  if (labels.length < 2) return `the domain of '${addr}' has no period`;
  if (!labels.every((l) => LABEL.test(l))) return `the domain of '${addr}' is not valid`;
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? "")) return `the domain of '${addr}' ends in a number`;
  return void 0;
}
function dropComments(text) {
  let out = "";
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out.trim();
}
function emailListError(text) {
  for (const part of splitAddresses(text)) {
    const open4 = part.lastIndexOf("<");
    let addr;
    if (open4 >= 0) {
      const close = part.indexOf(">", open4);
      if (close < 0) return `'${part}' has a '<' without a closing '>'`;
      addr = part.slice(open4 + 1, close).trim();
    } else {
      addr = dropComments(part);
    }
    const error2 = addrSpecError(addr);
    if (error2) return error2;
  }
  return void 0;
}
function isHttpUrl(text) {
  if (!/^https?:/i.test(text) || /\s/.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

// packages/dists/src/specifiers.ts
var import_pep4402 = __toESM(require_pep440(), 1);
var CLAUSE = /^(~=|===|==|!=|<=|>=|<|>)\s*(\S+)$/;
var WILDCARD = /^v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*\.\*$/i;
function isVersion(text, allowLocal) {
  const v = (0, import_pep4402.explain)(text);
  if (!v) return false;
  return allowLocal || !v.local;
}
function specifierClauseError(clause) {
  const m = CLAUSE.exec(clause.trim());
  if (!m) return `'${clause.trim()}' is not an operator followed by a version`;
  const op = m[1] ?? "";
  const version2 = m[2] ?? "";
  switch (op) {
    case "===":
      return void 0;
    case "==":
    case "!=":
      if (WILDCARD.test(version2) || isVersion(version2, true)) return void 0;
      return `'${version2}' is not a PEP 440 version (or a prefix ending in .*)`;
    case "~=": {
      if (!isVersion(version2, false)) return `'${version2}' is not a PEP 440 version without a local part`;
      const release = (0, import_pep4402.explain)(version2)?.release ?? [];
      return release.length >= 2 ? void 0 : `'~=${version2}' needs at least two release segments`;
    }
    default:
      return isVersion(version2, false) ? void 0 : `'${version2}' is not a PEP 440 version without a local part`;
  }
}
function specifierSetError(text) {
  if (text.trim() === "") return void 0;
  for (const clause of text.split(",")) {
    const error2 = specifierClauseError(clause);
    if (error2) return error2;
  }
  return void 0;
}

// packages/dists/src/pep508.ts
var ParseError = class extends Error {
};
var MARKER_VARIABLES = /* @__PURE__ */ new Set([
  "python_version",
  "python_full_version",
  "os_name",
  "sys_platform",
  "platform_release",
  "platform_system",
  "platform_version",
  "platform_machine",
  "platform_python_implementation",
  "implementation_name",
  "implementation_version",
  "extra",
  "extras",
  "dependency_groups",
  // Legacy spellings packaging still accepts.
  "os.name",
  "sys.platform",
  "platform.version",
  "platform.machine",
  "platform.python_implementation",
  "python_implementation"
]);
var NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
var MARKER_OPS = ["===", "==", "!=", "<=", ">=", "~=", "<", ">"];
var Cursor = class {
  constructor(text) {
    this.text = text;
  }
  text;
  pos = 0;
  ws() {
    while (this.text[this.pos] === " " || this.text[this.pos] === "	") this.pos++;
  }
  eat(token) {
    if (!this.text.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }
  match(re) {
    const m = re.exec(this.text.slice(this.pos));
    if (!m) return void 0;
    this.pos += m[0].length;
    return m[0];
  }
  fail(what) {
    throw new ParseError(`expected ${what} at position ${this.pos + 1}`);
  }
  done() {
    return this.pos >= this.text.length;
  }
};
function parseExtras(c) {
  const extras = [];
  if (!c.eat("[")) return extras;
  c.ws();
  if (c.eat("]")) return extras;
  for (; ; ) {
    c.ws();
    extras.push(c.match(NAME) ?? c.fail("an extra name"));
    c.ws();
    if (c.eat("]")) return extras;
    if (!c.eat(",")) c.fail("',' or ']' in the extras");
  }
}
function parseSpecifier(c) {
  c.ws();
  const paren = c.eat("(");
  const start = c.pos;
  while (!c.done() && !";)".includes(c.text[c.pos] ?? "")) c.pos++;
  const spec = c.text.slice(start, c.pos).trim();
  if (paren && !c.eat(")")) c.fail("')' after the version specifier");
  const error2 = specifierSetError(spec);
  if (error2) throw new ParseError(error2);
  if (paren && spec === "") c.fail("a version specifier inside the parentheses");
  return spec;
}
function parseMarkerValue(c) {
  c.ws();
  const quote = c.text[c.pos];
  if (quote === '"' || quote === "'") {
    const close = c.text.indexOf(quote, c.pos + 1);
    if (close < 0) c.fail(`a closing ${quote}`);
    c.pos = close + 1;
    return;
  }
  const name = c.match(/^[A-Za-z_.]+/);
  if (!name || !MARKER_VARIABLES.has(name))
    c.fail("a marker variable (python_version, extra, \u2026) or a quoted string");
}
function parseMarkerOp(c) {
  c.ws();
  for (const op of MARKER_OPS) if (c.eat(op)) return;
  if (c.match(/^in(?=[\s'"(])/)) return;
  if (c.match(/^not[ \t]+in(?=[\s'"(])/)) return;
  c.fail("a marker operator (==, <, in, not in, \u2026)");
}
function parseMarkerAtom(c, depth) {
  c.ws();
  if (c.eat("(")) {
    if (depth > 50) c.fail("fewer nested parentheses");
    parseMarkerOr(c, depth + 1);
    c.ws();
    if (!c.eat(")")) c.fail("')' in the marker");
    return;
  }
  parseMarkerValue(c);
  parseMarkerOp(c);
  parseMarkerValue(c);
}
function parseMarkerOr(c, depth) {
  parseMarkerAtom(c, depth);
  for (; ; ) {
    c.ws();
    if (!c.match(/^(?:and|or)(?=[\s(])/)) return;
    parseMarkerAtom(c, depth);
  }
}
function markerError(marker) {
  const c = new Cursor(marker);
  try {
    parseMarkerOr(c, 0);
    c.ws();
    if (!c.done()) c.fail("'and', 'or' or the end of the marker");
    return void 0;
  } catch (e) {
    if (e instanceof ParseError) return e.message;
    throw e;
  }
}
function parseRequirement(c) {
  c.ws();
  const name = c.match(NAME) ?? c.fail("a project name");
  c.ws();
  const extras = parseExtras(c);
  c.ws();
  let url2;
  let specifier = "";
  if (c.eat("@")) {
    c.ws();
    url2 = c.match(/^[^\s;]+/) ?? c.fail("a URL after @");
    const before = c.pos;
    c.ws();
    if (!c.done() && c.pos === before) c.fail("whitespace after the URL");
  } else {
    specifier = parseSpecifier(c);
  }
  c.ws();
  let marker;
  if (c.eat(";")) {
    marker = c.text.slice(c.pos).trim();
    const error2 = markerError(marker);
    if (error2) throw new ParseError(`invalid marker: ${error2}`);
    c.pos = c.text.length;
  }
  if (!c.done()) c.fail("';' or the end of the requirement");
  return {
    name,
    extras,
    specifier,
    ...url2 === void 0 ? {} : { url: url2 },
    ...marker === void 0 ? {} : { marker }
  };
}
function parseRequirement508(text) {
  try {
    return { ok: true, requirement: parseRequirement(new Cursor(text)) };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message };
    throw e;
  }
}

// packages/dists/src/problem.ts
function problemFrom(info, file, detail, severity = info.severity) {
  return {
    code: info.code,
    severity,
    message: `${file}: ${withoutFinalDots(detail)}. Rule: ${info.rule} Fix: ${info.fix}`
  };
}
function withoutFinalDots(detail) {
  let end = detail.length;
  while (end > 0 && detail[end - 1] === ".") end--;
  return detail.slice(0, end);
}
function hasErrors(problems) {
  return problems.some((p) => p.severity === "error");
}

// packages/dists/src/rules/metadata-rules-catalog.ts
function rule(code, rule2, fix, severity = "error") {
  return { code, severity, rule: rule2, fix };
}
var METADATA_RULES = {
  syntax: rule(
    "metadata-syntax",
    "Core metadata must be UTF-8 RFC 822 headers, a blank line, then the long description.",
    "Rebuild the distribution with a current build backend instead of editing METADATA/PKG-INFO by hand."
  ),
  missingField: rule(
    "metadata-missing-field",
    "Metadata-Version, Name and Version are required.",
    "Set the project name and version in pyproject.toml and rebuild."
  ),
  versionUnsupported: rule(
    "metadata-version-unsupported",
    "Metadata-Version must be one of 1.0, 1.1, 1.2, 2.1, 2.2, 2.3, 2.4, 2.5.",
    "Upgrade the build backend (and twine) and rebuild."
  ),
  name: rule(
    "metadata-name",
    'Name must be ASCII letters, digits, ".", "_" and "-", starting and ending with a letter or digit.',
    "Rename the project in pyproject.toml."
  ),
  version: rule(
    "metadata-version",
    "Version must be a PEP 440 version.",
    "Use a version such as 1.2.0, 1.2.0rc1 or 1.2.0.post1."
  ),
  localVersion: rule(
    "metadata-local-version",
    'PyPI refuses local versions (a "+local" suffix).',
    'Drop the "+\u2026" part (with setuptools-scm set local_scheme = "no-local-version").'
  ),
  nameMismatch: rule(
    "metadata-name-mismatch",
    "The metadata Name must match the filename's project name.",
    "Rebuild the distribution instead of renaming the file."
  ),
  versionMismatch: rule(
    "metadata-version-mismatch",
    "The metadata Version must match the filename's version.",
    "Rebuild the distribution instead of renaming the file."
  ),
  summary: rule(
    "metadata-summary",
    "Summary must be one line of at most 512 characters.",
    "Shorten the description field in pyproject.toml and keep it on one line."
  ),
  email: rule(
    "metadata-email",
    'Author-email and Maintainer-email must be valid address lists ("Name <a@b.org>, c@d.org").',
    "Fix the authors/maintainers emails in pyproject.toml."
  ),
  url: rule(
    "metadata-url",
    "Home-page, Download-URL and Project-URL values must be http or https URLs.",
    "Fix the URL in pyproject.toml ([project.urls])."
  ),
  projectUrl: rule(
    "metadata-project-url",
    'Each Project-URL must be "Label, URL" with a unique label of at most 32 characters.',
    "Shorten or de-duplicate the label in [project.urls]."
  ),
  directUrl: rule(
    "metadata-direct-url-dependency",
    'PyPI refuses dependencies given as direct URLs ("name @ https://\u2026").',
    "Depend on a released version from PyPI instead."
  ),
  requirement: rule(
    "metadata-requirement",
    "Requires-Dist must be PEP 508 requirements and Requires-Python a PEP 440 specifier set.",
    "Fix the dependency or requires-python entry in pyproject.toml."
  ),
  classifierUnknown: rule(
    "metadata-classifier-unknown",
    "Every classifier must be a current trove classifier (https://pypi.org/classifiers/); deprecated ones are refused.",
    "Correct the spelling, use the replacement, or remove the classifier (and run `pnpm update:classifiers` if the bundled list is old)."
  ),
  classifierPrivate: rule(
    "metadata-classifier-private",
    'PyPI refuses "Private ::" classifiers (they exist to block accidental uploads).',
    "Remove the Private classifier if this project really is meant for PyPI."
  ),
  licenseConflict: rule(
    "metadata-license-conflict",
    "License and License-Expression exclude each other (PEP 639): PyPI refuses metadata with both.",
    'Keep only the license expression (project.license = "MIT" in pyproject.toml) and drop the License field.'
  ),
  licenseClassifier: rule(
    "metadata-license-classifier",
    'Beside License-Expression, "License ::" classifiers are deprecated (PEP 639) and build tools may refuse them; PyPI accepts them.',
    'Drop the "License ::" classifiers; the expression says it all.',
    "warning"
  ),
  licenseExpression: rule(
    "metadata-license-expression",
    "License-Expression must be a valid SPDX expression of identifiers on the SPDX license list (as packaging.licenses checks it).",
    'Write an SPDX expression such as "MIT" or "Apache-2.0 OR MIT"; use LicenseRef-<name> for a license not on the list.'
  ),
  fieldVersion: rule(
    "metadata-field-version",
    "A field must be defined by the declared Metadata-Version (packaging refuses newer fields; License-File below 2.4 is left out of the upload, as twine does).",
    "Upgrade the build backend so it declares a recent Metadata-Version."
  ),
  dynamic: rule(
    "metadata-dynamic",
    "Dynamic must list known fields other than Name, Version and Metadata-Version.",
    "Fix the build backend configuration, or upgrade it."
  ),
  contentType: rule(
    "metadata-description-content-type",
    "Description-Content-Type must be text/plain, text/x-rst or text/markdown (charset=UTF-8; variant=GFM or CommonMark).",
    "Set readme to a .md, .rst or .txt file (or fix its content-type) in pyproject.toml."
  ),
  descriptionRender: rule(
    "description-render",
    "The long description must render as its content type (reStructuredText when none is declared).",
    "Fix the markup (check with `twine check`), or declare the readme as text/markdown."
  ),
  descriptionMissing: rule(
    "description-missing",
    "A release should have a long description: it is the project page on PyPI.",
    'Set readme = "README.md" in pyproject.toml.',
    "warning"
  )
};
var METADATA_RULE_LIST = Object.values(METADATA_RULES);

// packages/dists/src/data/spdx.json
var spdx_default = {
  source: "packaging",
  version: "26.3",
  spdxVersion: "3.27.0",
  licenses: [
    "0BSD",
    "3D-Slicer-1.0",
    "AAL",
    "ADSL",
    "AFL-1.1",
    "AFL-1.2",
    "AFL-2.0",
    "AFL-2.1",
    "AFL-3.0",
    "AGPL-1.0",
    "AGPL-1.0-only",
    "AGPL-1.0-or-later",
    "AGPL-3.0",
    "AGPL-3.0-only",
    "AGPL-3.0-or-later",
    "AMD-newlib",
    "AMDPLPA",
    "AML",
    "AML-glslang",
    "AMPAS",
    "ANTLR-PD",
    "ANTLR-PD-fallback",
    "APAFML",
    "APL-1.0",
    "APSL-1.0",
    "APSL-1.1",
    "APSL-1.2",
    "APSL-2.0",
    "ASWF-Digital-Assets-1.0",
    "ASWF-Digital-Assets-1.1",
    "Abstyles",
    "AdaCore-doc",
    "Adobe-2006",
    "Adobe-Display-PostScript",
    "Adobe-Glyph",
    "Adobe-Utopia",
    "Afmparse",
    "Aladdin",
    "Apache-1.0",
    "Apache-1.1",
    "Apache-2.0",
    "App-s2p",
    "Arphic-1999",
    "Artistic-1.0",
    "Artistic-1.0-Perl",
    "Artistic-1.0-cl8",
    "Artistic-2.0",
    "Artistic-dist",
    "Aspell-RU",
    "BSD-1-Clause",
    "BSD-2-Clause",
    "BSD-2-Clause-Darwin",
    "BSD-2-Clause-FreeBSD",
    "BSD-2-Clause-NetBSD",
    "BSD-2-Clause-Patent",
    "BSD-2-Clause-Views",
    "BSD-2-Clause-first-lines",
    "BSD-2-Clause-pkgconf-disclaimer",
    "BSD-3-Clause",
    "BSD-3-Clause-Attribution",
    "BSD-3-Clause-Clear",
    "BSD-3-Clause-HP",
    "BSD-3-Clause-LBNL",
    "BSD-3-Clause-Modification",
    "BSD-3-Clause-No-Military-License",
    "BSD-3-Clause-No-Nuclear-License",
    "BSD-3-Clause-No-Nuclear-License-2014",
    "BSD-3-Clause-No-Nuclear-Warranty",
    "BSD-3-Clause-Open-MPI",
    "BSD-3-Clause-Sun",
    "BSD-3-Clause-acpica",
    "BSD-3-Clause-flex",
    "BSD-4-Clause",
    "BSD-4-Clause-Shortened",
    "BSD-4-Clause-UC",
    "BSD-4.3RENO",
    "BSD-4.3TAHOE",
    "BSD-Advertising-Acknowledgement",
    "BSD-Attribution-HPND-disclaimer",
    "BSD-Inferno-Nettverk",
    "BSD-Protection",
    "BSD-Source-Code",
    "BSD-Source-beginning-file",
    "BSD-Systemics",
    "BSD-Systemics-W3Works",
    "BSL-1.0",
    "BUSL-1.1",
    "Baekmuk",
    "Bahyph",
    "Barr",
    "Beerware",
    "BitTorrent-1.0",
    "BitTorrent-1.1",
    "Bitstream-Charter",
    "Bitstream-Vera",
    "BlueOak-1.0.0",
    "Boehm-GC",
    "Boehm-GC-without-fee",
    "Borceux",
    "Brian-Gladman-2-Clause",
    "Brian-Gladman-3-Clause",
    "C-UDA-1.0",
    "CAL-1.0",
    "CAL-1.0-Combined-Work-Exception",
    "CATOSL-1.1",
    "CC-BY-1.0",
    "CC-BY-2.0",
    "CC-BY-2.5",
    "CC-BY-2.5-AU",
    "CC-BY-3.0",
    "CC-BY-3.0-AT",
    "CC-BY-3.0-AU",
    "CC-BY-3.0-DE",
    "CC-BY-3.0-IGO",
    "CC-BY-3.0-NL",
    "CC-BY-3.0-US",
    "CC-BY-4.0",
    "CC-BY-NC-1.0",
    "CC-BY-NC-2.0",
    "CC-BY-NC-2.5",
    "CC-BY-NC-3.0",
    "CC-BY-NC-3.0-DE",
    "CC-BY-NC-4.0",
    "CC-BY-NC-ND-1.0",
    "CC-BY-NC-ND-2.0",
    "CC-BY-NC-ND-2.5",
    "CC-BY-NC-ND-3.0",
    "CC-BY-NC-ND-3.0-DE",
    "CC-BY-NC-ND-3.0-IGO",
    "CC-BY-NC-ND-4.0",
    "CC-BY-NC-SA-1.0",
    "CC-BY-NC-SA-2.0",
    "CC-BY-NC-SA-2.0-DE",
    "CC-BY-NC-SA-2.0-FR",
    "CC-BY-NC-SA-2.0-UK",
    "CC-BY-NC-SA-2.5",
    "CC-BY-NC-SA-3.0",
    "CC-BY-NC-SA-3.0-DE",
    "CC-BY-NC-SA-3.0-IGO",
    "CC-BY-NC-SA-4.0",
    "CC-BY-ND-1.0",
    "CC-BY-ND-2.0",
    "CC-BY-ND-2.5",
    "CC-BY-ND-3.0",
    "CC-BY-ND-3.0-DE",
    "CC-BY-ND-4.0",
    "CC-BY-SA-1.0",
    "CC-BY-SA-2.0",
    "CC-BY-SA-2.0-UK",
    "CC-BY-SA-2.1-JP",
    "CC-BY-SA-2.5",
    "CC-BY-SA-3.0",
    "CC-BY-SA-3.0-AT",
    "CC-BY-SA-3.0-DE",
    "CC-BY-SA-3.0-IGO",
    "CC-BY-SA-4.0",
    "CC-PDDC",
    "CC-PDM-1.0",
    "CC-SA-1.0",
    "CC0-1.0",
    "CDDL-1.0",
    "CDDL-1.1",
    "CDL-1.0",
    "CDLA-Permissive-1.0",
    "CDLA-Permissive-2.0",
    "CDLA-Sharing-1.0",
    "CECILL-1.0",
    "CECILL-1.1",
    "CECILL-2.0",
    "CECILL-2.1",
    "CECILL-B",
    "CECILL-C",
    "CERN-OHL-1.1",
    "CERN-OHL-1.2",
    "CERN-OHL-P-2.0",
    "CERN-OHL-S-2.0",
    "CERN-OHL-W-2.0",
    "CFITSIO",
    "CMU-Mach",
    "CMU-Mach-nodoc",
    "CNRI-Jython",
    "CNRI-Python",
    "CNRI-Python-GPL-Compatible",
    "COIL-1.0",
    "CPAL-1.0",
    "CPL-1.0",
    "CPOL-1.02",
    "CUA-OPL-1.0",
    "Caldera",
    "Caldera-no-preamble",
    "Catharon",
    "ClArtistic",
    "Clips",
    "Community-Spec-1.0",
    "Condor-1.1",
    "Cornell-Lossless-JPEG",
    "Cronyx",
    "Crossword",
    "CryptoSwift",
    "CrystalStacker",
    "Cube",
    "D-FSL-1.0",
    "DEC-3-Clause",
    "DL-DE-BY-2.0",
    "DL-DE-ZERO-2.0",
    "DOC",
    "DRL-1.0",
    "DRL-1.1",
    "DSDP",
    "DocBook-DTD",
    "DocBook-Schema",
    "DocBook-Stylesheet",
    "DocBook-XML",
    "Dotseqn",
    "ECL-1.0",
    "ECL-2.0",
    "EFL-1.0",
    "EFL-2.0",
    "EPICS",
    "EPL-1.0",
    "EPL-2.0",
    "EUDatagrid",
    "EUPL-1.0",
    "EUPL-1.1",
    "EUPL-1.2",
    "Elastic-2.0",
    "Entessa",
    "ErlPL-1.1",
    "Eurosym",
    "FBM",
    "FDK-AAC",
    "FSFAP",
    "FSFAP-no-warranty-disclaimer",
    "FSFUL",
    "FSFULLR",
    "FSFULLRSD",
    "FSFULLRWD",
    "FSL-1.1-ALv2",
    "FSL-1.1-MIT",
    "FTL",
    "Fair",
    "Ferguson-Twofish",
    "Frameworx-1.0",
    "FreeBSD-DOC",
    "FreeImage",
    "Furuseth",
    "GCR-docs",
    "GD",
    "GFDL-1.1",
    "GFDL-1.1-invariants-only",
    "GFDL-1.1-invariants-or-later",
    "GFDL-1.1-no-invariants-only",
    "GFDL-1.1-no-invariants-or-later",
    "GFDL-1.1-only",
    "GFDL-1.1-or-later",
    "GFDL-1.2",
    "GFDL-1.2-invariants-only",
    "GFDL-1.2-invariants-or-later",
    "GFDL-1.2-no-invariants-only",
    "GFDL-1.2-no-invariants-or-later",
    "GFDL-1.2-only",
    "GFDL-1.2-or-later",
    "GFDL-1.3",
    "GFDL-1.3-invariants-only",
    "GFDL-1.3-invariants-or-later",
    "GFDL-1.3-no-invariants-only",
    "GFDL-1.3-no-invariants-or-later",
    "GFDL-1.3-only",
    "GFDL-1.3-or-later",
    "GL2PS",
    "GLWTPL",
    "GPL-1.0",
    "GPL-1.0+",
    "GPL-1.0-only",
    "GPL-1.0-or-later",
    "GPL-2.0",
    "GPL-2.0+",
    "GPL-2.0-only",
    "GPL-2.0-or-later",
    "GPL-2.0-with-GCC-exception",
    "GPL-2.0-with-autoconf-exception",
    "GPL-2.0-with-bison-exception",
    "GPL-2.0-with-classpath-exception",
    "GPL-2.0-with-font-exception",
    "GPL-3.0",
    "GPL-3.0+",
    "GPL-3.0-only",
    "GPL-3.0-or-later",
    "GPL-3.0-with-GCC-exception",
    "GPL-3.0-with-autoconf-exception",
    "Game-Programming-Gems",
    "Giftware",
    "Glide",
    "Glulxe",
    "Graphics-Gems",
    "Gutmann",
    "HDF5",
    "HIDAPI",
    "HP-1986",
    "HP-1989",
    "HPND",
    "HPND-DEC",
    "HPND-Fenneberg-Livingston",
    "HPND-INRIA-IMAG",
    "HPND-Intel",
    "HPND-Kevlin-Henney",
    "HPND-MIT-disclaimer",
    "HPND-Markus-Kuhn",
    "HPND-Netrek",
    "HPND-Pbmplus",
    "HPND-UC",
    "HPND-UC-export-US",
    "HPND-doc",
    "HPND-doc-sell",
    "HPND-export-US",
    "HPND-export-US-acknowledgement",
    "HPND-export-US-modify",
    "HPND-export2-US",
    "HPND-merchantability-variant",
    "HPND-sell-MIT-disclaimer-xserver",
    "HPND-sell-regexpr",
    "HPND-sell-variant",
    "HPND-sell-variant-MIT-disclaimer",
    "HPND-sell-variant-MIT-disclaimer-rev",
    "HTMLTIDY",
    "HaskellReport",
    "Hippocratic-2.1",
    "IBM-pibs",
    "ICU",
    "IEC-Code-Components-EULA",
    "IJG",
    "IJG-short",
    "IPA",
    "IPL-1.0",
    "ISC",
    "ISC-Veillard",
    "ImageMagick",
    "Imlib2",
    "Info-ZIP",
    "Inner-Net-2.0",
    "InnoSetup",
    "Intel",
    "Intel-ACPI",
    "Interbase-1.0",
    "JPL-image",
    "JPNIC",
    "JSON",
    "Jam",
    "JasPer-2.0",
    "Kastrup",
    "Kazlib",
    "Knuth-CTAN",
    "LAL-1.2",
    "LAL-1.3",
    "LGPL-2.0",
    "LGPL-2.0+",
    "LGPL-2.0-only",
    "LGPL-2.0-or-later",
    "LGPL-2.1",
    "LGPL-2.1+",
    "LGPL-2.1-only",
    "LGPL-2.1-or-later",
    "LGPL-3.0",
    "LGPL-3.0+",
    "LGPL-3.0-only",
    "LGPL-3.0-or-later",
    "LGPLLR",
    "LOOP",
    "LPD-document",
    "LPL-1.0",
    "LPL-1.02",
    "LPPL-1.0",
    "LPPL-1.1",
    "LPPL-1.2",
    "LPPL-1.3a",
    "LPPL-1.3c",
    "LZMA-SDK-9.11-to-9.20",
    "LZMA-SDK-9.22",
    "Latex2e",
    "Latex2e-translated-notice",
    "Leptonica",
    "LiLiQ-P-1.1",
    "LiLiQ-R-1.1",
    "LiLiQ-Rplus-1.1",
    "Libpng",
    "Linux-OpenIB",
    "Linux-man-pages-1-para",
    "Linux-man-pages-copyleft",
    "Linux-man-pages-copyleft-2-para",
    "Linux-man-pages-copyleft-var",
    "Lucida-Bitmap-Fonts",
    "MIPS",
    "MIT",
    "MIT-0",
    "MIT-CMU",
    "MIT-Click",
    "MIT-Festival",
    "MIT-Khronos-old",
    "MIT-Modern-Variant",
    "MIT-Wu",
    "MIT-advertising",
    "MIT-enna",
    "MIT-feh",
    "MIT-open-group",
    "MIT-testregex",
    "MITNFA",
    "MMIXware",
    "MPEG-SSG",
    "MPL-1.0",
    "MPL-1.1",
    "MPL-2.0",
    "MPL-2.0-no-copyleft-exception",
    "MS-LPL",
    "MS-PL",
    "MS-RL",
    "MTLL",
    "Mackerras-3-Clause",
    "Mackerras-3-Clause-acknowledgment",
    "MakeIndex",
    "Martin-Birgmeier",
    "McPhee-slideshow",
    "Minpack",
    "MirOS",
    "Motosoto",
    "MulanPSL-1.0",
    "MulanPSL-2.0",
    "Multics",
    "Mup",
    "NAIST-2003",
    "NASA-1.3",
    "NBPL-1.0",
    "NCBI-PD",
    "NCGL-UK-2.0",
    "NCL",
    "NCSA",
    "NGPL",
    "NICTA-1.0",
    "NIST-PD",
    "NIST-PD-fallback",
    "NIST-Software",
    "NLOD-1.0",
    "NLOD-2.0",
    "NLPL",
    "NOSL",
    "NPL-1.0",
    "NPL-1.1",
    "NPOSL-3.0",
    "NRL",
    "NTIA-PD",
    "NTP",
    "NTP-0",
    "Naumen",
    "Net-SNMP",
    "NetCDF",
    "Newsletr",
    "Nokia",
    "Noweb",
    "Nunit",
    "O-UDA-1.0",
    "OAR",
    "OCCT-PL",
    "OCLC-2.0",
    "ODC-By-1.0",
    "ODbL-1.0",
    "OFFIS",
    "OFL-1.0",
    "OFL-1.0-RFN",
    "OFL-1.0-no-RFN",
    "OFL-1.1",
    "OFL-1.1-RFN",
    "OFL-1.1-no-RFN",
    "OGC-1.0",
    "OGDL-Taiwan-1.0",
    "OGL-Canada-2.0",
    "OGL-UK-1.0",
    "OGL-UK-2.0",
    "OGL-UK-3.0",
    "OGTSL",
    "OLDAP-1.1",
    "OLDAP-1.2",
    "OLDAP-1.3",
    "OLDAP-1.4",
    "OLDAP-2.0",
    "OLDAP-2.0.1",
    "OLDAP-2.1",
    "OLDAP-2.2",
    "OLDAP-2.2.1",
    "OLDAP-2.2.2",
    "OLDAP-2.3",
    "OLDAP-2.4",
    "OLDAP-2.5",
    "OLDAP-2.6",
    "OLDAP-2.7",
    "OLDAP-2.8",
    "OLFL-1.3",
    "OML",
    "OPL-1.0",
    "OPL-UK-3.0",
    "OPUBL-1.0",
    "OSET-PL-2.1",
    "OSL-1.0",
    "OSL-1.1",
    "OSL-2.0",
    "OSL-2.1",
    "OSL-3.0",
    "OpenPBS-2.3",
    "OpenSSL",
    "OpenSSL-standalone",
    "OpenVision",
    "PADL",
    "PDDL-1.0",
    "PHP-3.0",
    "PHP-3.01",
    "PPL",
    "PSF-2.0",
    "Parity-6.0.0",
    "Parity-7.0.0",
    "Pixar",
    "Plexus",
    "PolyForm-Noncommercial-1.0.0",
    "PolyForm-Small-Business-1.0.0",
    "PostgreSQL",
    "Python-2.0",
    "Python-2.0.1",
    "QPL-1.0",
    "QPL-1.0-INRIA-2004",
    "Qhull",
    "RHeCos-1.1",
    "RPL-1.1",
    "RPL-1.5",
    "RPSL-1.0",
    "RSA-MD",
    "RSCPL",
    "Rdisc",
    "Ruby",
    "Ruby-pty",
    "SAX-PD",
    "SAX-PD-2.0",
    "SCEA",
    "SGI-B-1.0",
    "SGI-B-1.1",
    "SGI-B-2.0",
    "SGI-OpenGL",
    "SGP4",
    "SHL-0.5",
    "SHL-0.51",
    "SISSL",
    "SISSL-1.2",
    "SL",
    "SMAIL-GPL",
    "SMLNJ",
    "SMPPL",
    "SNIA",
    "SOFA",
    "SPL-1.0",
    "SSH-OpenSSH",
    "SSH-short",
    "SSLeay-standalone",
    "SSPL-1.0",
    "SUL-1.0",
    "SWL",
    "Saxpath",
    "SchemeReport",
    "Sendmail",
    "Sendmail-8.23",
    "Sendmail-Open-Source-1.1",
    "SimPL-2.0",
    "Sleepycat",
    "Soundex",
    "Spencer-86",
    "Spencer-94",
    "Spencer-99",
    "StandardML-NJ",
    "SugarCRM-1.1.3",
    "Sun-PPP",
    "Sun-PPP-2000",
    "SunPro",
    "Symlinks",
    "TAPR-OHL-1.0",
    "TCL",
    "TCP-wrappers",
    "TGPPL-1.0",
    "TMate",
    "TORQUE-1.1",
    "TOSL",
    "TPDL",
    "TPL-1.0",
    "TTWL",
    "TTYP0",
    "TU-Berlin-1.0",
    "TU-Berlin-2.0",
    "TermReadKey",
    "ThirdEye",
    "TrustedQSL",
    "UCAR",
    "UCL-1.0",
    "UMich-Merit",
    "UPL-1.0",
    "URT-RLE",
    "Ubuntu-font-1.0",
    "Unicode-3.0",
    "Unicode-DFS-2015",
    "Unicode-DFS-2016",
    "Unicode-TOU",
    "UnixCrypt",
    "Unlicense",
    "Unlicense-libtelnet",
    "Unlicense-libwhirlpool",
    "VOSTROM",
    "VSL-1.0",
    "Vim",
    "W3C",
    "W3C-19980720",
    "W3C-20150513",
    "WTFPL",
    "Watcom-1.0",
    "Widget-Workshop",
    "Wsuipa",
    "X11",
    "X11-distribute-modifications-variant",
    "X11-swapped",
    "XFree86-1.1",
    "XSkat",
    "Xdebug-1.03",
    "Xerox",
    "Xfig",
    "Xnet",
    "YPL-1.0",
    "YPL-1.1",
    "ZPL-1.1",
    "ZPL-2.0",
    "ZPL-2.1",
    "Zed",
    "Zeeff",
    "Zend-2.0",
    "Zimbra-1.3",
    "Zimbra-1.4",
    "Zlib",
    "any-OSI",
    "any-OSI-perl-modules",
    "bcrypt-Solar-Designer",
    "blessing",
    "bzip2-1.0.5",
    "bzip2-1.0.6",
    "check-cvs",
    "checkmk",
    "copyleft-next-0.3.0",
    "copyleft-next-0.3.1",
    "curl",
    "cve-tou",
    "diffmark",
    "dtoa",
    "dvipdfm",
    "eCos-2.0",
    "eGenix",
    "etalab-2.0",
    "fwlw",
    "gSOAP-1.3b",
    "generic-xts",
    "gnuplot",
    "gtkbook",
    "hdparm",
    "iMatix",
    "jove",
    "libpng-1.6.35",
    "libpng-2.0",
    "libselinux-1.0",
    "libtiff",
    "libutil-David-Nugent",
    "lsof",
    "magaz",
    "mailprio",
    "man2html",
    "metamail",
    "mpi-permissive",
    "mpich2",
    "mplus",
    "ngrep",
    "pkgconf",
    "pnmstitch",
    "psfrag",
    "psutils",
    "python-ldap",
    "radvd",
    "snprintf",
    "softSurfer",
    "ssh-keyscan",
    "swrule",
    "threeparttable",
    "ulem",
    "w3m",
    "wwl",
    "wxWindows",
    "xinetd",
    "xkeyboard-config-Zinoviev",
    "xlock",
    "xpp",
    "xzoom",
    "zlib-acknowledgement"
  ],
  exceptions: [
    "389-exception",
    "Asterisk-exception",
    "Asterisk-linking-protocols-exception",
    "Autoconf-exception-2.0",
    "Autoconf-exception-3.0",
    "Autoconf-exception-generic",
    "Autoconf-exception-generic-3.0",
    "Autoconf-exception-macro",
    "Bison-exception-1.24",
    "Bison-exception-2.2",
    "Bootloader-exception",
    "CGAL-linking-exception",
    "CLISP-exception-2.0",
    "Classpath-exception-2.0",
    "DigiRule-FOSS-exception",
    "Digia-Qt-LGPL-exception-1.1",
    "FLTK-exception",
    "Fawkes-Runtime-exception",
    "Font-exception-2.0",
    "GCC-exception-2.0",
    "GCC-exception-2.0-note",
    "GCC-exception-3.1",
    "GNAT-exception",
    "GNOME-examples-exception",
    "GNU-compiler-exception",
    "GPL-3.0-389-ds-base-exception",
    "GPL-3.0-interface-exception",
    "GPL-3.0-linking-exception",
    "GPL-3.0-linking-source-exception",
    "GPL-CC-1.0",
    "GStreamer-exception-2005",
    "GStreamer-exception-2008",
    "Gmsh-exception",
    "Independent-modules-exception",
    "KiCad-libraries-exception",
    "LGPL-3.0-linking-exception",
    "LLGPL",
    "LLVM-exception",
    "LZMA-exception",
    "Libtool-exception",
    "Linux-syscall-note",
    "Nokia-Qt-exception-1.1",
    "OCCT-exception-1.0",
    "OCaml-LGPL-linking-exception",
    "OpenJDK-assembly-exception-1.0",
    "PCRE2-exception",
    "PS-or-PDF-font-exception-20170817",
    "QPL-1.0-INRIA-2004-exception",
    "Qt-GPL-exception-1.0",
    "Qt-LGPL-exception-1.1",
    "Qwt-exception-1.0",
    "RRDtool-FLOSS-exception-2.0",
    "SANE-exception",
    "SHL-2.0",
    "SHL-2.1",
    "SWI-exception",
    "Swift-exception",
    "Texinfo-exception",
    "UBDL-exception",
    "Universal-FOSS-exception-1.0",
    "WxWindows-exception-3.1",
    "cryptsetup-OpenSSL-exception",
    "eCos-exception-2.0",
    "erlang-otp-linking-exception",
    "fmt-exception",
    "freertos-exception-2.0",
    "gnu-javamail-exception",
    "harbour-exception",
    "i2p-gpl-java-exception",
    "libpri-OpenH323-exception",
    "mif-exception",
    "mxml-exception",
    "openvpn-openssl-exception",
    "polyparse-exception",
    "romic-exception",
    "stunnel-exception",
    "u-boot-exception-2.0",
    "vsftpd-openssl-exception",
    "x11vnc-openssl-exception"
  ]
};

// packages/dists/src/spdx-expression.ts
var ID = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?[A-Za-z0-9.-]+\+?$/;
var OPERATORS = /* @__PURE__ */ new Set(["and", "or", "with"]);
function tokenize(text) {
  return text.replace(/[()]/g, " $& ").split(/[ \t]+/).filter((t) => t !== "");
}
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  at = 0;
  peek() {
    return this.tokens[this.at];
  }
  isOp(op) {
    return this.peek()?.toLowerCase() === op;
  }
  simple() {
    const token = this.tokens[this.at++];
    if (token === void 0) throw new Error("the expression ends where a license id was expected");
    if (OPERATORS.has(token.toLowerCase()) || !ID.test(token))
      throw new Error(`'${token}' is not a license id`);
    if (this.isOp("with")) {
      this.at++;
      const exception = this.tokens[this.at++];
      if (exception === void 0 || OPERATORS.has(exception.toLowerCase()) || !/^[A-Za-z0-9.:-]+$/.test(exception)) {
        throw new Error(`WITH must be followed by an exception id, not '${exception ?? "the end"}'`);
      }
    }
  }
  and(depth) {
    this.simpleAt(depth);
    while (this.isOp("and")) {
      this.at++;
      this.simpleAt(depth);
    }
  }
  simpleAt(depth) {
    if (depth > 100) throw new Error("too many nested parentheses");
    if (this.peek() === "(") {
      this.at++;
      this.or(depth + 1);
      if (this.tokens[this.at++] !== ")") throw new Error("a '(' is not closed");
      return;
    }
    this.simple();
  }
  or(depth) {
    this.and(depth);
    while (this.isOp("or")) {
      this.at++;
      this.and(depth);
    }
  }
  parse() {
    this.or(0);
    const rest = this.peek();
    if (rest !== void 0) throw new Error(`unexpected '${rest}'`);
  }
};
function spdxExpressionError(text) {
  const tokens = tokenize(text);
  if (tokens.length === 0) return "the expression is empty";
  try {
    new Parser(tokens).parse();
    return void 0;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
function unknownSpdxIds(text) {
  const unknown2 = [];
  let afterWith = false;
  for (const token of tokenize(text)) {
    const lower = token.toLowerCase();
    if (token === "(" || token === ")" || lower === "and" || lower === "or") {
      afterWith = false;
      continue;
    }
    if (lower === "with") {
      afterWith = true;
      continue;
    }
    if (afterWith) {
      if (!SPDX_EXCEPTIONS.has(lower)) unknown2.push(token);
      afterWith = false;
      continue;
    }
    if (lower.startsWith("licenseref-")) {
      if (!/^[A-Za-z0-9.-]+$/.test(token.slice("licenseref-".length))) unknown2.push(token);
      continue;
    }
    const id = lower.endsWith("+") ? lower.slice(0, -1) : lower;
    if (!SPDX_LICENSES.has(id)) unknown2.push(token);
  }
  return unknown2;
}
var SPDX_LICENSES = new Set(spdx_default.licenses.map((id) => id.toLowerCase()));
var SPDX_EXCEPTIONS = new Set(spdx_default.exceptions.map((id) => id.toLowerCase()));

// packages/dists/src/metadata-value-rules.ts
function isSet(value) {
  return value !== void 0 && value.trim() !== "" && value !== "UNKNOWN";
}
function checkSummary(md, file) {
  const summary = getField(md, "summary");
  if (summary === void 0) return [];
  if (/[\r\n]/.test(summary)) return [problemFrom(METADATA_RULES.summary, file, "Summary spans several lines")];
  const length = [...summary].length;
  if (length > 512) return [problemFrom(METADATA_RULES.summary, file, `Summary is ${length} characters long`)];
  return [];
}
function checkEmails(md, file) {
  const problems = [];
  for (const name of ["Author-email", "Maintainer-email"]) {
    for (const value of getFields(md, name)) {
      if (!isSet(value)) continue;
      const error2 = emailListError(value);
      if (error2) problems.push(problemFrom(METADATA_RULES.email, file, `${name} '${value}' is invalid: ${error2}`));
    }
  }
  return problems;
}
function checkUrls(md, file) {
  const problems = [];
  for (const name of ["Home-page", "Download-URL"]) {
    for (const value of getFields(md, name)) {
      if (isSet(value) && !isHttpUrl(value)) {
        problems.push(problemFrom(METADATA_RULES.url, file, `${name} '${value}' is not an http(s) URL`));
      }
    }
  }
  const labels = /* @__PURE__ */ new Set();
  for (const value of getFields(md, "Project-URL")) {
    const comma = value.indexOf(",");
    const label = (comma < 0 ? value : value.slice(0, comma)).trim();
    const url2 = comma < 0 ? "" : value.slice(comma + 1).trim();
    if (comma < 0) {
      problems.push(problemFrom(METADATA_RULES.projectUrl, file, `Project-URL '${value}' is not "Label, URL"`));
      continue;
    }
    if ([...label].length > 32) {
      problems.push(
        problemFrom(METADATA_RULES.projectUrl, file, `Project-URL label '${label}' is longer than 32 characters`)
      );
    }
    if (labels.has(label))
      problems.push(problemFrom(METADATA_RULES.projectUrl, file, `Project-URL label '${label}' repeats`));
    labels.add(label);
    if (!isHttpUrl(url2))
      problems.push(problemFrom(METADATA_RULES.url, file, `Project-URL '${label}' is '${url2}', not an http(s) URL`));
  }
  return problems;
}
function checkRequirements(md, file) {
  const problems = [];
  for (const value of getFields(md, "Requires-Dist")) {
    const parsed = parseRequirement508(value);
    if (!parsed.ok) {
      problems.push(
        problemFrom(METADATA_RULES.requirement, file, `Requires-Dist '${value}' is not PEP 508: ${parsed.error}`)
      );
    } else if (parsed.requirement.url !== void 0) {
      problems.push(problemFrom(METADATA_RULES.directUrl, file, `Requires-Dist '${value}' is a direct URL dependency`));
    }
  }
  for (const value of getFields(md, "Requires-Python")) {
    const error2 = specifierSetError(value);
    if (error2)
      problems.push(problemFrom(METADATA_RULES.requirement, file, `Requires-Python '${value}' is invalid: ${error2}`));
  }
  return problems;
}
function checkClassifiers(md, file, list2) {
  const problems = [];
  for (const classifier of getFields(md, "Classifier")) {
    const verdict = classifyClassifier(classifier, list2);
    if (verdict === "private") {
      problems.push(problemFrom(METADATA_RULES.classifierPrivate, file, `classifier '${classifier}' is private`));
    } else if (verdict === "deprecated") {
      const instead = classifierReplacements(classifier) ?? [];
      const hint = instead.length > 0 ? `; use '${instead.join("', '")}'` : "";
      problems.push(
        problemFrom(METADATA_RULES.classifierUnknown, file, `classifier '${classifier}' is deprecated${hint}`)
      );
    } else if (verdict === "unknown" && list2.authoritative) {
      problems.push(
        problemFrom(METADATA_RULES.classifierUnknown, file, `classifier '${classifier}' is not on ${list2.source}`)
      );
    } else if (verdict === "unknown") {
      problems.push(
        problemFrom(
          METADATA_RULES.classifierUnknown,
          file,
          `classifier '${classifier}' is not in ${list2.source}, the list bundled with this tool; PyPI refuses it unless it was added since (publishing to PyPI checks PyPI's own list)`,
          "warning"
        )
      );
    }
  }
  return problems;
}
function checkLicense(md, file) {
  const expression = getField(md, "License-Expression");
  if (expression === void 0) return [];
  const problems = [];
  const error2 = spdxExpressionError(expression);
  if (error2) {
    problems.push(
      problemFrom(METADATA_RULES.licenseExpression, file, `License-Expression '${expression}' is invalid: ${error2}`)
    );
  } else {
    for (const unknown2 of unknownSpdxIds(expression)) {
      problems.push(
        problemFrom(
          METADATA_RULES.licenseExpression,
          file,
          `License-Expression '${expression}' names '${unknown2}', which is not on the SPDX license list`
        )
      );
    }
  }
  if (isSet(getField(md, "License"))) {
    problems.push(problemFrom(METADATA_RULES.licenseConflict, file, "both License and License-Expression are present"));
  }
  const licenseClassifiers = getFields(md, "Classifier").filter((c) => c.startsWith("License ::"));
  if (licenseClassifiers.length > 0) {
    const list2 = licenseClassifiers.join("', '");
    problems.push(
      problemFrom(METADATA_RULES.licenseClassifier, file, `License-Expression comes with License classifiers '${list2}'`)
    );
  }
  return problems;
}
function checkMetadataValues(md, file, classifiers = BUNDLED_CLASSIFIERS) {
  return [
    ...checkSummary(md, file),
    ...checkEmails(md, file),
    ...checkUrls(md, file),
    ...checkRequirements(md, file),
    ...checkClassifiers(md, file, classifiers),
    ...checkLicense(md, file)
  ];
}

// packages/dists/src/description-check.ts
var TYPES = /* @__PURE__ */ new Set(["text/plain", "text/x-rst", "text/markdown"]);
var VARIANTS = /* @__PURE__ */ new Set(["gfm", "commonmark"]);
var MAX_RENDER_PROBLEMS = 20;
function parseContentType(value) {
  const [type = "", ...rest] = value.split(";");
  const params = /* @__PURE__ */ new Map();
  for (const part of rest) {
    const eq2 = part.indexOf("=");
    if (eq2 < 0) continue;
    params.set(
      part.slice(0, eq2).trim().toLowerCase(),
      part.slice(eq2 + 1).trim().replace(/^"(.*)"$/, "$1")
    );
  }
  return { type: type.trim().toLowerCase(), params };
}
function contentTypeError(value) {
  const { type, params } = parseContentType(value);
  if (!TYPES.has(type)) return `'${type}' is not text/plain, text/x-rst or text/markdown`;
  const charset = params.get("charset");
  if (charset !== void 0 && charset.toUpperCase() !== "UTF-8") return `charset '${charset}' is not UTF-8`;
  const variant = params.get("variant");
  if (type === "text/markdown" && variant !== void 0 && !VARIANTS.has(variant.toLowerCase())) {
    return `markdown variant '${variant}' is not GFM or CommonMark`;
  }
  return void 0;
}
function renderProblems(text, file) {
  const issues = checkRst(text);
  const shown = issues.slice(0, MAX_RENDER_PROBLEMS).map(
    (issue2) => problemFrom(METADATA_RULES.descriptionRender, file, `long description line ${issue2.line}: ${issue2.message}`)
  );
  if (issues.length > MAX_RENDER_PROBLEMS) {
    const more = issues.length - MAX_RENDER_PROBLEMS;
    shown.push(
      problemFrom(
        METADATA_RULES.descriptionRender,
        file,
        `${more} more reStructuredText problems in the long description`
      )
    );
  }
  return shown;
}
function checkDescription(md, file) {
  const declared = getField(md, "Description-Content-Type");
  if (declared !== void 0 && declared.trim() !== "") {
    const error2 = contentTypeError(declared);
    if (error2)
      return [
        problemFrom(METADATA_RULES.contentType, file, `Description-Content-Type '${declared}' is invalid: ${error2}`)
      ];
  }
  const text = md.description;
  if (!isSet(text)) return [problemFrom(METADATA_RULES.descriptionMissing, file, "there is no long description")];
  const type = declared ? parseContentType(declared).type : "text/x-rst";
  return type === "text/x-rst" ? renderProblems(text, file) : [];
}

// packages/dists/src/metadata-fields.ts
var METADATA_VERSIONS = [
  "1.0",
  "1.1",
  "1.2",
  "2.1",
  "2.2",
  "2.3",
  "2.4",
  "2.5"
];
function field(name, since, form, multiple = false) {
  return { name, since, form, multiple };
}
var METADATA_FIELDS = [
  field("Metadata-Version", "1.0", "metadata_version"),
  field("Name", "1.0", "name"),
  field("Version", "1.0", "version"),
  field("Platform", "1.0", "platform", true),
  field("Summary", "1.0", "summary"),
  field("Description", "1.0", "description"),
  field("Keywords", "1.0", "keywords"),
  field("Home-page", "1.0", "home_page"),
  field("Author", "1.0", "author"),
  field("Author-email", "1.0", "author_email"),
  field("License", "1.0", "license"),
  field("Supported-Platform", "1.1", "supported_platform", true),
  field("Download-URL", "1.1", "download_url"),
  field("Classifier", "1.1", "classifiers", true),
  field("Requires", "1.1", "requires", true),
  field("Provides", "1.1", "provides", true),
  field("Obsoletes", "1.1", "obsoletes", true),
  field("Maintainer", "1.2", "maintainer"),
  field("Maintainer-email", "1.2", "maintainer_email"),
  field("Requires-Dist", "1.2", "requires_dist", true),
  field("Provides-Dist", "1.2", "provides_dist", true),
  field("Obsoletes-Dist", "1.2", "obsoletes_dist", true),
  field("Requires-Python", "1.2", "requires_python"),
  field("Requires-External", "1.2", "requires_external", true),
  field("Project-URL", "1.2", "project_urls", true),
  field("Description-Content-Type", "2.1", "description_content_type"),
  field("Provides-Extra", "2.1", "provides_extra", true),
  field("Dynamic", "2.2", "dynamic", true),
  field("License-Expression", "2.4", "license_expression"),
  // Warehouse's form names for these three are singular (forklift/metadata.py `_override`): a plural name is
  // ignored by PyPI like any unknown field.
  field("License-File", "2.4", "license_file", true),
  field("Import-Name", "2.5", "import_name", true),
  field("Import-Namespace", "2.5", "import_namespace", true)
];
var BY_LOWER = new Map(METADATA_FIELDS.map((f) => [f.name.toLowerCase(), f]));
var BY_FORM = new Map(METADATA_FIELDS.map((f) => [f.form, f]));
function metadataField(name) {
  return BY_LOWER.get(name.toLowerCase());
}
function isKnownMetadataVersion(version2) {
  return METADATA_VERSIONS.includes(version2);
}
function definedIn(since, declared) {
  return METADATA_VERSIONS.indexOf(since) <= METADATA_VERSIONS.indexOf(declared);
}

// packages/dists/src/metadata-rules.ts
function checkRequired(md, file) {
  return ["Metadata-Version", "Name", "Version"].filter((name) => (getField(md, name) ?? "") === "").map((name) => problemFrom(METADATA_RULES.missingField, file, `the ${name} field is missing`));
}
function checkName(name, file, context) {
  if (!isValidProjectName(name))
    return [problemFrom(METADATA_RULES.name, file, `Name '${name}' is not a valid project name`)];
  const expected = context.expectedName;
  if (expected !== void 0 && normalizeName(expected) !== normalizeName(name)) {
    return [problemFrom(METADATA_RULES.nameMismatch, file, `Name is '${name}' but the filename says '${expected}'`)];
  }
  return [];
}
function checkVersion(version2, file, context) {
  const normal = normalizeVersion(version2);
  if (normal === void 0)
    return [problemFrom(METADATA_RULES.version, file, `Version '${version2}' is not a PEP 440 version`)];
  const problems = [];
  const local2 = localVersionPart(version2);
  if (local2)
    problems.push(problemFrom(METADATA_RULES.localVersion, file, `Version '${version2}' has the local part '+${local2}'`));
  const expected = context.expectedVersion;
  if (expected !== void 0 && !sameVersion(expected, version2)) {
    problems.push(
      problemFrom(METADATA_RULES.versionMismatch, file, `Version is '${version2}' but the filename says '${expected}'`)
    );
  }
  return problems;
}
function checkFieldVersions(md, file, declared) {
  const problems = [];
  for (const key of md.fields.keys()) {
    const field2 = metadataField(key);
    if (!field2 || definedIn(field2.since, declared)) continue;
    if (field2.name === "License-File" && definedIn("2.1", declared)) continue;
    problems.push(
      problemFrom(
        METADATA_RULES.fieldVersion,
        file,
        `${field2.name} needs Metadata-Version ${field2.since}, not ${declared}`
      )
    );
  }
  return problems;
}
var NEVER_DYNAMIC = /* @__PURE__ */ new Set(["name", "version", "metadata-version"]);
function checkDynamic(md, file) {
  const problems = [];
  for (const value of getFields(md, "Dynamic")) {
    const field2 = metadataField(value.trim());
    if (!field2)
      problems.push(problemFrom(METADATA_RULES.dynamic, file, `Dynamic names '${value}', which is not a metadata field`));
    else if (NEVER_DYNAMIC.has(field2.name.toLowerCase())) {
      problems.push(problemFrom(METADATA_RULES.dynamic, file, `Dynamic names '${value}', which must never be dynamic`));
    }
  }
  return problems;
}
function checkMetadata(md, file, context = {}) {
  const problems = checkRequired(md, file);
  const metadataVersion = getField(md, "Metadata-Version");
  if (metadataVersion && !isKnownMetadataVersion(metadataVersion)) {
    problems.push(problemFrom(METADATA_RULES.versionUnsupported, file, `Metadata-Version is '${metadataVersion}'`));
  }
  const name = getField(md, "Name");
  if (name) problems.push(...checkName(name, file, context));
  const version2 = getField(md, "Version");
  if (version2) problems.push(...checkVersion(version2, file, context));
  if (metadataVersion && isKnownMetadataVersion(metadataVersion)) {
    problems.push(...checkFieldVersions(md, file, metadataVersion));
  }
  problems.push(
    ...checkDynamic(md, file),
    ...checkMetadataValues(md, file, context.classifiers),
    ...checkDescription(md, file)
  );
  return problems;
}
function metadataSyntaxProblems(issues, file) {
  return issues.map(
    (issue2) => problemFrom(
      METADATA_RULES.syntax,
      file,
      issue2.line > 0 ? `line ${issue2.line}: ${issue2.message}` : issue2.message,
      issue2.severity
    )
  );
}

// packages/dists/src/platform-tags.ts
var LINUX_ARCHES = "(x86_64|i686|aarch64|armv7l|ppc64|ppc64le|s390x|riscv64|loongarch64)";
var MAC_ARCHES = "(ppc|ppc64|i386|x86_64|arm64|intel|fat|fat3|fat32|fat64|universal|universal2)";
var ALLOWED = [
  /^any$/,
  /^win32$/,
  /^win_(amd64|arm64|ia64)$/,
  /^manylinux1_(x86_64|i686)$/,
  /^manylinux2010_(x86_64|i686)$/,
  /^manylinux2014_(x86_64|i686|aarch64|armv7l|ppc64|ppc64le|s390x)$/,
  new RegExp(`^manylinux_\\d+_\\d+_${LINUX_ARCHES}$`),
  new RegExp(`^musllinux_\\d+_\\d+_${LINUX_ARCHES}$`),
  new RegExp(`^macosx_10_\\d+_${MAC_ARCHES}$`),
  new RegExp(`^macosx_(1[1-9]|[2-9]\\d)_0_${MAC_ARCHES}$`),
  /^ios_\d+_\d+_(arm64|x86_64)_(iphoneos|iphonesimulator)$/,
  /^android_\d+_(arm64_v8a|armeabi_v7a|x86|x86_64)$/,
  /^pyemscripten_\d{4}_\d+_wasm32$/,
  /^linux_(armv6l|armv7l)$/
];
function isAllowedPlatformTag(tag) {
  return ALLOWED.some((pattern) => pattern.test(tag));
}
function platformTagAdvice(tag) {
  if (tag.startsWith("linux_")) {
    return "repair the wheel with auditwheel (`auditwheel repair`) or build it with cibuildwheel to get a manylinux/musllinux tag";
  }
  if (tag.startsWith("pyodide_")) {
    return "PyPI does not host Pyodide wheels; publish them elsewhere (for example as a GitHub release asset)";
  }
  if (tag.startsWith("macosx_")) {
    return "macOS 11 and later use `macosx_<major>_0_<arch>`; set MACOSX_DEPLOYMENT_TARGET to e.g. 11.0 and rebuild";
  }
  return "build the wheel with a standard tool (cibuildwheel, maturin, scikit-build-core) so that it carries a standard platform tag";
}

// packages/dists/src/rules/filename-catalog.ts
var FILENAME_RULES = {
  characters: {
    code: "filename-characters",
    severity: "error",
    rule: "PyPI refuses filenames with control characters, `/` or `\\`.",
    fix: "rename the file to the name its build backend gives it."
  },
  extension: {
    code: "filename-extension",
    severity: "error",
    rule: "PyPI accepts only wheels (`.whl`) and gzip-compressed source distributions (`.tar.gz`).",
    fix: "build an sdist and wheels with `python -m build` (or `uv build`); do not upload other formats."
  },
  notADistribution: {
    code: "not-a-distribution",
    severity: "notice",
    rule: "Files that are not distributions are never uploaded.",
    fix: "nothing to do; remove the file from the folder to silence this notice."
  },
  wheelFilename: {
    code: "wheel-filename",
    severity: "error",
    rule: "A wheel filename is `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`.",
    fix: "do not rename wheels by hand; rebuild it with a standard build backend."
  },
  wheelName: {
    code: "wheel-filename-name",
    severity: "error",
    rule: "The name in a wheel filename is the normalized project name in lower case with `_` for every run of `-`, `_` and `.`.",
    fix: "upgrade the build backend (recent setuptools, hatchling, flit-core, maturin and poetry-core all write normalized names), or rebuild."
  },
  wheelVersion: {
    code: "wheel-filename-version",
    severity: "error",
    rule: "The version in a wheel filename is a valid PEP 440 version.",
    fix: "set a PEP 440 version in pyproject.toml (e.g. `1.2.0`, `1.2.0rc1`) and rebuild."
  },
  wheelBuildTag: {
    code: "wheel-build-tag",
    severity: "error",
    rule: "A wheel build tag starts with a digit.",
    fix: "use a numeric build tag (`--build-number 1`) or none."
  },
  wheelPlatformTag: {
    code: "wheel-platform-tag",
    severity: "error",
    rule: "PyPI accepts only standard platform tags (any, win*, manylinux*, musllinux*, macosx*, ios, android, pyemscripten, linux_armv6l/armv7l).",
    fix: "see the advice above."
  },
  sdistFilename: {
    code: "sdist-filename",
    severity: "error",
    rule: "An sdist filename is exactly `{name}-{version}.tar.gz`, with the normalized project name in lower case with `_` for `-`, and the normalized PEP 440 version.",
    fix: "upgrade the build backend (setuptools >= 69.3 writes normalized sdist names; hatchling, flit-core and poetry-core already do) and rebuild."
  }
};

// packages/dists/src/rules/filename-rules.ts
var UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f/\\]/;
function checkFilename(filename) {
  if (UNSAFE_CHARACTERS.test(filename)) {
    return [
      problemFrom(
        FILENAME_RULES.characters,
        JSON.stringify(filename),
        "the filename has a control character, `/` or `\\`"
      )
    ];
  }
  if (filename.endsWith(".whl")) return checkWheelFilename(filename);
  if (filename.endsWith(".tar.gz")) return checkSdistFilename(filename);
  const format = refusedFormat(filename);
  const detail = format ? `this is ${format}` : "this is not a wheel or an sdist";
  return [problemFrom(FILENAME_RULES.extension, filename, detail)];
}
function checkWheelFilename(filename) {
  const parsed = parseWheelFilename(filename);
  if (!parsed)
    return [problemFrom(FILENAME_RULES.wheelFilename, filename, "the name does not have 5 or 6 dash-separated parts")];
  const problems = [];
  if (parsed.name !== escapeName(parsed.name)) {
    problems.push(
      problemFrom(
        FILENAME_RULES.wheelName,
        filename,
        `the name part is "${parsed.name}", expected "${escapeName(parsed.name)}"`
      )
    );
  }
  if (normalizeVersion(parsed.version) === void 0) {
    problems.push(problemFrom(FILENAME_RULES.wheelVersion, filename, `"${parsed.version}" is not a PEP 440 version`));
  }
  if (parsed.build !== void 0 && !/^\d/.test(parsed.build)) {
    problems.push(
      problemFrom(FILENAME_RULES.wheelBuildTag, filename, `the build tag "${parsed.build}" does not start with a digit`)
    );
  }
  for (const tag of parsed.platformTags.filter((t) => !isAllowedPlatformTag(t))) {
    problems.push(
      problemFrom(
        FILENAME_RULES.wheelPlatformTag,
        filename,
        `the platform tag "${tag}" is not allowed; ${platformTagAdvice(tag)}`
      )
    );
  }
  return problems;
}
function checkSdistFilename(filename) {
  const parsed = parseSdistFilename(filename);
  if (!parsed) {
    return [problemFrom(FILENAME_RULES.sdistFilename, filename, "the name is not of the form `{name}-{version}.tar.gz`")];
  }
  const version2 = normalizeVersion(parsed.version);
  if (version2 === void 0) {
    return [problemFrom(FILENAME_RULES.sdistFilename, filename, `"${parsed.version}" is not a PEP 440 version`)];
  }
  const expected = `${escapeName(parsed.name)}-${version2}.tar.gz`;
  if (filename !== expected) {
    return [problemFrom(FILENAME_RULES.sdistFilename, filename, `expected "${expected}"`)];
  }
  return [];
}

// packages/dists/src/rules/set-catalog.ts
var SET_RULES = {
  empty: {
    code: "set-empty",
    severity: "error",
    rule: "A release needs at least one distribution.",
    fix: "build first (`python -m build`), or point at the folder the build wrote to."
  },
  missingPath: {
    code: "path-not-found",
    severity: "error",
    rule: "Every path given must exist.",
    fix: "check the path (relative paths start at the working directory)."
  },
  notAFile: {
    code: "not-a-file",
    severity: "error",
    rule: "A distribution is a regular file.",
    fix: "remove or rename the directory; a build never writes one with a distribution name."
  },
  twoProjects: {
    code: "set-projects",
    severity: "error",
    rule: "One release holds the distributions of one project.",
    fix: "publish each project from its own folder (one `packages-dir` per project)."
  },
  twoVersions: {
    code: "set-versions",
    severity: "error",
    rule: "One release holds one version.",
    fix: "clean the output folder before building (stale files from an earlier build are the usual cause)."
  },
  twoSdists: {
    code: "set-two-sdists",
    severity: "error",
    rule: "PyPI accepts only one sdist per release.",
    fix: "keep one sdist; build it once, in one job, not in every matrix job."
  },
  tooManyFiles: {
    code: "set-too-many-files",
    severity: "error",
    rule: `One release holds at most 2,000 distributions (the largest on PyPI hold a few hundred).`,
    fix: "point at the folder of one release only; a matrix that builds more wheels than that needs splitting."
  },
  conflictingFiles: {
    code: "set-conflicting-files",
    severity: "error",
    rule: "Two files with the same name must have the same bytes.",
    fix: "build each distribution once; when merging matrix artifacts, make sure only one job builds each file."
  }
};

// packages/dists/src/sdist-contents.ts
import { createReadStream } from "node:fs";
import { open as open3 } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";

// packages/dists/src/archive/member-paths.ts
function unsafePathReason(name, options) {
  if (name.startsWith("/")) return "is an absolute path";
  if (/^[A-Za-z]:/.test(name)) return "starts with a drive letter";
  if (options.backslash && name.includes("\\")) return "contains a backslash";
  const separators = options.backslash ? /[/\\]/ : /\//;
  if (name.split(separators).includes("..")) return "contains a `..` segment";
  return void 0;
}
function controlCharacter(name) {
  const match = /[\u0000-\u001f\u007f-\u009f]/.exec(name);
  if (!match) return void 0;
  return `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function showName(name) {
  return JSON.stringify(name);
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes) {
  try {
    return { text: strictUtf8.decode(bytes), valid: true };
  } catch {
    return { text: Buffer.from(bytes).toString("utf8"), valid: false };
  }
}

// packages/dists/src/archive/tar-pax.ts
function parsePax(body) {
  const attrs = /* @__PURE__ */ new Map();
  let at = 0;
  while (at < body.length) {
    if (body[at] === 0) break;
    const space = body.indexOf(32, at);
    const lengthText = space < 0 ? "" : body.subarray(at, space).toString("latin1");
    const length = /^[0-9]{1,8}$/.test(lengthText) ? Number(lengthText) : Number.NaN;
    if (!(length > space - at + 1) || at + length > body.length || body[at + length - 1] !== 10) {
      return "a pax header record is malformed";
    }
    const record2 = decodeUtf8(body.subarray(space + 1, at + length - 1)).text;
    const eq2 = record2.indexOf("=");
    if (eq2 <= 0) return "a pax header record has no key";
    attrs.set(record2.slice(0, eq2), record2.slice(eq2 + 1));
    at += length;
  }
  return attrs;
}

// packages/dists/src/archive/tar-reader.ts
var BLOCK = 512;
var MAX_META_HEADER = 1 << 20;
var HAS_DATA = /* @__PURE__ */ new Set(["0", "\0", "7", "S"]);
var META = /* @__PURE__ */ new Set(["x", "g", "L", "K"]);
var TarParser = class {
  constructor(onEntry, onData) {
    this.onEntry = onEntry;
    this.onData = onData;
  }
  onEntry;
  onData;
  error;
  /** True once the end-of-archive block was seen (or parsing was stopped). */
  ended = false;
  mode = { kind: "header" };
  pending = [];
  pendingLength = 0;
  longName;
  longLink;
  pax = /* @__PURE__ */ new Map();
  globalPax = /* @__PURE__ */ new Map();
  write(chunk) {
    let at = 0;
    while (at < chunk.length && !this.ended) {
      const mode = this.mode;
      if (mode.kind === "data") {
        const take2 = Math.min(mode.left + mode.padding, chunk.length - at);
        const body = Math.min(take2, mode.left);
        if (mode.capture && body > 0) mode.capture.push(Buffer.from(chunk.subarray(at, at + body)));
        mode.left -= body;
        mode.padding -= take2 - body;
        at += take2;
        if (mode.left === 0 && mode.padding === 0) this.finishData(mode);
        continue;
      }
      const want = mode.kind === "header" ? BLOCK : padded(mode.kind === "meta" ? mode.size : 0);
      const take = Math.min(want - this.pendingLength, chunk.length - at);
      this.pending.push(chunk.subarray(at, at + take));
      this.pendingLength += take;
      at += take;
      if (this.pendingLength < want) break;
      const block = Buffer.concat(this.pending, this.pendingLength);
      this.pending = [];
      this.pendingLength = 0;
      if (mode.kind === "header") this.header(block);
      else if (mode.kind === "meta") this.meta(mode, block.subarray(0, mode.size));
    }
  }
  /** Call at the end of input: a member cut short is a truncated archive. */
  end() {
    if (this.ended || this.error) return;
    const midHeader = this.mode.kind === "header" && this.pendingLength > 0;
    if (midHeader || this.mode.kind !== "header") this.fail("the archive is truncated");
    this.ended = true;
  }
  stop() {
    this.ended = true;
  }
  fail(reason) {
    this.error ??= reason;
    this.ended = true;
  }
  header(block) {
    if (block.every((byte) => byte === 0)) {
      this.ended = true;
      return;
    }
    if (!checksumMatches(block)) {
      this.fail("a tar header has a bad checksum");
      return;
    }
    const type = String.fromCharCode(block[156]);
    const size = parseNumber(block.subarray(124, 136));
    if (size === void 0) {
      this.fail("a tar header has an invalid size field");
      return;
    }
    if (META.has(type)) {
      if (size > MAX_META_HEADER) {
        this.fail(`a ${type} extension header claims ${size} bytes`);
        return;
      }
      if (size === 0) {
        this.meta({ type, size }, Buffer.alloc(0));
        return;
      }
      this.mode = { kind: "meta", type, size };
      return;
    }
    const ustar = block.subarray(257, 263).toString("latin1") === "ustar\0";
    const prefix = ustar ? cString(block.subarray(345, 500)) : "";
    const attrs = new Map([...this.globalPax, ...this.pax]);
    const headerName = prefix ? `${prefix}/${cString(block.subarray(0, 100))}` : cString(block.subarray(0, 100));
    const name = attrs.get("path") ?? this.longName ?? headerName;
    const linkName = attrs.get("linkpath") ?? this.longLink ?? cString(block.subarray(157, 257));
    const paxSize = attrs.has("size") ? Number(attrs.get("size")) : size;
    if (!Number.isSafeInteger(paxSize) || paxSize < 0) {
      this.fail("a pax header has an invalid size");
      return;
    }
    const sparse = type === "S" || [...attrs.keys()].some((key) => key.startsWith("GNU.sparse."));
    this.longName = void 0;
    this.longLink = void 0;
    this.pax = /* @__PURE__ */ new Map();
    const dataSize = HAS_DATA.has(type) || !/^[0-7]$/.test(type) ? paxSize : 0;
    const entry = { name, type, linkName, size: dataSize, sparse };
    const capture = this.onEntry(entry) ? [] : void 0;
    if (this.ended) return;
    this.mode = { kind: "data", entry, left: dataSize, padding: padded(dataSize) - dataSize, capture };
    if (dataSize === 0) this.finishData(this.mode);
  }
  meta(mode, body) {
    this.mode = { kind: "header" };
    if (mode.type === "L") this.longName = cString(body);
    else if (mode.type === "K") this.longLink = cString(body);
    else {
      const parsed = parsePax(body);
      if (typeof parsed === "string") {
        this.fail(parsed);
        return;
      }
      const target = mode.type === "g" ? this.globalPax : this.pax;
      for (const [key, value] of parsed) target.set(key, value);
    }
  }
  finishData(mode) {
    this.mode = { kind: "header" };
    if (mode.capture) this.onData(mode.entry, Buffer.concat(mode.capture));
  }
};
function padded(size) {
  return Math.ceil(size / BLOCK) * BLOCK;
}
function cString(field2) {
  const end = field2.indexOf(0);
  return decodeUtf8(end < 0 ? field2 : field2.subarray(0, end)).text;
}
function parseNumber(field2) {
  if (field2[0] & 128) {
    if (field2[0] === 255) return void 0;
    let value = field2[0] & 127;
    for (const byte of field2.subarray(1)) value = value * 256 + byte;
    return Number.isSafeInteger(value) ? value : void 0;
  }
  const text = field2.toString("latin1").replace(/[\0 ]+$/, "").replace(/^ +/, "");
  if (text === "") return 0;
  return /^[0-7]+$/.test(text) ? Number.parseInt(text, 8) : void 0;
}
function checksumMatches(block) {
  const stored = parseNumber(block.subarray(148, 156));
  if (stored === void 0) return false;
  let unsigned = 0;
  let signed = 0;
  for (let i2 = 0; i2 < BLOCK; i2++) {
    const byte = i2 >= 148 && i2 < 156 ? 32 : block[i2];
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}

// packages/dists/src/archive/zip-member.ts
import { crc32 } from "node:zlib";

// node_modules/.pnpm/fflate@0.8.3/node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a3;
var Worker;
var isMarkedAsUntransferable;
try {
  _a3 = require2("worker_threads"), Worker = _a3.Worker, isMarkedAsUntransferable = _a3.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a3 = freb(fleb, 2);
var fl = _a3.b;
var revfl = _a3.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}

// packages/dists/src/archive/zip-member.ts
var MAX_TEXT_MEMBER = 32 * 1024 * 1024;
async function readZipMember(file, entry, problems, limit = MAX_TEXT_MEMBER) {
  const shown = showName(entry.name);
  if (entry.uncompressedSize > limit || entry.compressedSize > limit) {
    problems.add("archive-member-too-large", `member ${shown} is ${entry.uncompressedSize} bytes`);
    return void 0;
  }
  if (entry.dataOffset === void 0 || entry.method !== 0 && entry.method !== 8 || entry.flags & 1) {
    return void 0;
  }
  const raw = Buffer.from(await file.read(entry.dataOffset, entry.compressedSize));
  let data;
  try {
    data = entry.method === 0 ? raw : toBuffer(inflateSync(raw, { out: new Uint8Array(entry.uncompressedSize + 1) }));
  } catch (error2) {
    const reason = error2 instanceof Error ? error2.message : String(error2);
    problems.add(
      "zip-central-directory",
      `member ${shown} does not decompress to its declared size (${reason})`
    );
    return void 0;
  }
  if (data.length !== entry.uncompressedSize || typeof crc32 === "function" && crc32(data) !== entry.crc32) {
    problems.add(
      "zip-central-directory",
      `member ${shown} does not match the size and CRC-32 the archive records`
    );
    return void 0;
  }
  return data;
}
function toBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

// packages/dists/src/rules/archive-rules.ts
var catalog = [
  {
    code: "empty-file",
    severity: "error",
    rule: "A distribution file must not be empty.",
    fix: "Rebuild the distribution (for example `python -m build`) and check that the build step did not fail."
  },
  {
    code: "archive-too-many-members",
    severity: "error",
    rule: "An archive may hold at most 100,000 members.",
    fix: "Exclude generated or vendored files from the distribution (`[tool.hatch.build] exclude` or MANIFEST.in)."
  },
  {
    code: "archive-member-too-large",
    severity: "error",
    rule: "Metadata files (METADATA, PKG-INFO, WHEEL, RECORD, entry_points.txt) must be under 32 MiB.",
    fix: "Shorten the long description (`readme`) or the entry-point list so the metadata file stays small."
  },
  {
    code: "metadata-encoding",
    severity: "error",
    rule: "Core metadata (METADATA or PKG-INFO) must be valid UTF-8.",
    fix: "Save the README and pyproject.toml as UTF-8 and rebuild the distribution."
  },
  {
    code: "zip-not-a-zip",
    severity: "error",
    rule: "A wheel must be a ZIP archive with an end-of-central-directory record.",
    fix: "Rebuild the wheel with `python -m build --wheel`; do not rename other files to `.whl`."
  },
  {
    code: "zip-compression",
    severity: "error",
    rule: "PyPI accepts only stored (0) or deflate (8) compression in ZIP members.",
    fix: "Rebuild with a standard build backend, which uses deflate; do not recompress wheels with bzip2, lzma or zstd."
  },
  {
    code: "zip-duplicate-entry",
    severity: "error",
    rule: "A ZIP archive must not hold two members with the same name.",
    fix: "Rebuild the wheel from a clean build directory so every file is written once."
  },
  {
    code: "zip-trailing-data",
    severity: "error",
    rule: "A ZIP archive must not hold bytes outside its members, central directory and end record (no prepended, interleaved or trailing data).",
    fix: "Rebuild the wheel instead of appending to it or concatenating archives; post-process only with tools that rewrite the whole archive (`wheel pack`)."
  },
  {
    code: "zip-comment",
    severity: "error",
    rule: "A ZIP archive must not carry an archive comment or member comments.",
    fix: "Rebuild the wheel without comments (do not run `zip -z` or similar tools on it)."
  },
  {
    code: "zip-central-directory",
    severity: "error",
    rule: "A ZIP archive must have one consistent central directory whose entries each match a local header (name and sizes), with consistent ZIP64 records.",
    fix: "Rebuild the wheel with `python -m build --wheel`; the archive is corrupt or was written by a non-conforming tool."
  },
  {
    code: "zip-data-descriptor",
    severity: "error",
    rule: "PyPI refuses ZIP members written in streaming mode (with a data descriptor after the data).",
    fix: "Rebuild the wheel with a tool that writes to a seekable file (`python -m build --wheel`, `wheel pack`)."
  },
  {
    code: "zip-filename",
    severity: "error",
    rule: "ZIP member names must be valid UTF-8 without control characters.",
    fix: "Rename the offending source files to printable UTF-8 names and rebuild."
  },
  {
    code: "zip-path-traversal",
    severity: "error",
    rule: "ZIP member names must be relative paths using `/`: no leading `/`, drive letter, backslash or `..` segment.",
    fix: "Rebuild the wheel with a standard build backend; never add members with absolute or parent-relative paths."
  },
  {
    code: "zip-compression-ratio",
    severity: "error",
    rule: "A ZIP member larger than 64 MiB uncompressed must not compress more than 50:1.",
    fix: "Do not ship huge, highly repetitive files (padding, zero-filled data); generate them at run time instead."
  },
  {
    code: "zip-symlink",
    severity: "warning",
    rule: "Installers do not recreate symbolic links from wheels; a symlink member is installed as a small text file.",
    fix: "Replace the symlink with a real file or directory in the source tree before building."
  },
  {
    code: "wheel-dist-info-missing",
    severity: "error",
    rule: "A wheel must contain a top-level `{name}-{version}.dist-info` directory.",
    fix: "Rebuild the wheel with a standard build backend (`python -m build --wheel`)."
  },
  {
    code: "wheel-dist-info-name",
    severity: "error",
    rule: "A wheel must contain exactly one `.dist-info` directory, named after the project and version in the filename.",
    fix: "Rebuild the wheel instead of renaming it, so the filename and the `.dist-info` directory agree."
  },
  {
    code: "wheel-metadata-missing",
    severity: "error",
    rule: "A wheel must contain `{name}-{version}.dist-info/METADATA`.",
    fix: "Rebuild the wheel with a standard build backend (`python -m build --wheel`)."
  },
  {
    code: "wheel-wheel-file-missing",
    severity: "error",
    rule: "A wheel must contain `{name}-{version}.dist-info/WHEEL`.",
    fix: "Rebuild the wheel with a standard build backend (`python -m build --wheel`)."
  },
  {
    code: "wheel-wheel-file-invalid",
    severity: "error",
    rule: "The WHEEL file must be `Key: value` lines with `Wheel-Version: 1.x` and `Root-Is-Purelib: true|false`.",
    fix: "Rebuild the wheel with a current build backend; if you post-process wheels, keep WHEEL intact."
  },
  {
    code: "wheel-record-missing",
    severity: "error",
    rule: "A wheel must contain `{name}-{version}.dist-info/RECORD`.",
    fix: "Rebuild the wheel; after editing a wheel, repack it with `wheel pack` so RECORD is regenerated."
  },
  {
    code: "wheel-record-invalid",
    severity: "error",
    rule: "RECORD must be CSV rows `path,algorithm=digest,size` (sha256 or stronger) listing exactly the files of the wheel.",
    fix: "Rebuild the wheel; after editing a wheel, repack it with `wheel pack` so RECORD is regenerated."
  },
  {
    code: "wheel-entry-points-invalid",
    severity: "error",
    rule: "entry_points.txt must be INI sections of `name = module:attr` lines, without duplicate sections or names.",
    fix: "Fix `[project.scripts]`, `[project.gui-scripts]` and `[project.entry-points]` in pyproject.toml and rebuild."
  },
  {
    code: "license-file-missing",
    severity: "error",
    rule: "Every `License-File` declared in the metadata must be present in the distribution.",
    fix: "List existing paths in `[project] license-files` (pyproject.toml) and rebuild."
  },
  {
    code: "sdist-not-gzip",
    severity: "error",
    rule: "An sdist must be a gzip-compressed tar archive (`.tar.gz`).",
    fix: "Build the sdist with `python -m build --sdist`; do not rename zip or plain tar files to `.tar.gz`."
  },
  {
    code: "sdist-gzip-corrupt",
    severity: "error",
    rule: "The gzip stream of an sdist must be complete, pass its CRC check and have no trailing garbage.",
    fix: "Rebuild the sdist; if it was downloaded or copied, transfer it again in binary mode."
  },
  {
    code: "sdist-tar-invalid",
    severity: "error",
    rule: "The tar stream of an sdist must have valid header checksums, sane header sizes and no truncation.",
    fix: "Rebuild the sdist with `python -m build --sdist`."
  },
  {
    code: "sdist-too-large",
    severity: "error",
    rule: "The tar stream inside an sdist is read only up to 8 GiB and 100 times the compressed size.",
    fix: "Keep large generated or binary data out of the sdist (MANIFEST.in, `[tool.hatch.build] exclude`)."
  },
  {
    code: "sdist-top-level",
    severity: "error",
    rule: "An sdist must contain exactly one top-level directory and no files beside it.",
    fix: "Build the sdist with `python -m build --sdist` rather than archiving the source tree by hand."
  },
  {
    code: "sdist-top-level-name",
    severity: "warning",
    rule: "The top-level directory of an sdist should be named `{name}-{version}`, like the file.",
    fix: "Rebuild the sdist instead of renaming it, so the file and its directory agree."
  },
  {
    code: "sdist-pkg-info-missing",
    severity: "error",
    rule: "An sdist must contain `{name}-{version}/PKG-INFO` with its core metadata.",
    fix: "Build the sdist with a PEP 517 backend (`python -m build --sdist`), which writes PKG-INFO."
  },
  {
    code: "sdist-sparse-member",
    severity: "error",
    rule: "PyPI refuses sdists with sparse tar members.",
    fix: "Rebuild the sdist with `python -m build --sdist` (it never writes sparse members); avoid `tar --sparse`."
  },
  {
    code: "sdist-path-traversal",
    severity: "error",
    rule: "sdist member names must be relative, without a drive letter or `..` segment.",
    fix: "Rebuild the sdist with `python -m build --sdist`; never add members with absolute or parent-relative paths."
  },
  {
    code: "sdist-link",
    severity: "error",
    rule: "Links in an sdist must stay inside its top-level directory (links leaving it are refused by safe extraction).",
    fix: "Replace symbolic and hard links with real files, or exclude them from the sdist (MANIFEST.in, `[tool.hatch.build] exclude`)."
  },
  {
    code: "sdist-special-member",
    severity: "error",
    rule: "An sdist must not contain device files or FIFOs.",
    fix: "Exclude special files from the sdist (MANIFEST.in, `[tool.hatch.build] exclude`) and rebuild."
  }
];
var ARCHIVE_RULES = catalog;
var byCode = new Map(catalog.map((rule2) => [rule2.code, rule2]));
function archiveRule(code) {
  return byCode.get(code);
}
function archiveProblem(code, file, detail, severity) {
  return problemFrom(archiveRule(code), file, detail, severity);
}

// packages/dists/src/problem-sink.ts
var PER_CODE = 20;
var ProblemSink = class {
  constructor(filename) {
    this.filename = filename;
  }
  filename;
  list = [];
  counts = /* @__PURE__ */ new Map();
  add(code, detail, severity) {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count <= PER_CODE) this.list.push(archiveProblem(code, this.filename, detail, severity));
  }
  has(code) {
    return this.counts.has(code);
  }
  /** The problems, with one closing line per code that overflowed. */
  problems() {
    const result = [...this.list];
    for (const [code, count] of this.counts) {
      if (count <= PER_CODE) continue;
      const first = this.list.find((p) => p.code === code);
      const detail = `${count - PER_CODE} more members break this rule`;
      result.push(archiveProblem(code, this.filename, detail, first?.severity));
    }
    return result;
  }
};

// packages/dists/src/archive/zip-entry-checks.ts
var METHODS = {
  1: "shrink",
  6: "implode",
  9: "deflate64",
  12: "bzip2",
  14: "lzma"
};
Object.assign(METHODS, { 93: "zstd", 95: "xz", 98: "ppmd", 99: "AES encryption" });
var LARGE_MEMBER = 64 * 1024 * 1024;
var MAX_RATIO = 50;
var UNIX = 3;
var S_IFMT = 61440;
var S_IFLNK = 40960;
function checkCentralEntry(header, seen, problems) {
  const { text: name, valid } = decodeUtf8(header.rawName);
  const shown = showName(name);
  if (!valid) problems.add("zip-filename", `member name ${shown} is not valid UTF-8`);
  const control = controlCharacter(name);
  if (control) problems.add("zip-filename", `member name ${shown} contains the control character ${control}`);
  if (typeof header.extras === "string") {
    problems.add("zip-central-directory", `member ${shown}: ${header.extras}`);
  } else {
    checkUnicodePath(header.extras.get(28789), shown, problems);
  }
  const unsafe = unsafePathReason(name, { backslash: true });
  if (unsafe) problems.add("zip-path-traversal", `member name ${shown} ${unsafe}`);
  const key = header.rawName.toString("latin1");
  if (seen.has(key)) problems.add("zip-duplicate-entry", `member ${shown} appears more than once`);
  seen.add(key);
  if (header.method !== 0 && header.method !== 8) {
    const method = METHODS[header.method] ?? "unknown";
    problems.add("zip-compression", `member ${shown} uses compression method ${header.method} (${method})`);
  }
  if (header.flags & 1) problems.add("zip-compression", `member ${shown} is encrypted`);
  if (header.flags & 8) problems.add("zip-data-descriptor", `member ${shown} has a data descriptor`);
  if (header.commentLength > 0) problems.add("zip-comment", `member ${shown} has a comment`);
  if (header.disk !== 0)
    problems.add("zip-central-directory", `member ${shown} claims to be on another disk`);
  const { uncompressedSize, compressedSize } = header;
  if (uncompressedSize > LARGE_MEMBER && uncompressedSize > MAX_RATIO * compressedSize) {
    const ratio = compressedSize === 0 ? "infinite" : `${Math.round(uncompressedSize / compressedSize)}:1`;
    problems.add(
      "zip-compression-ratio",
      `member ${shown} expands ${compressedSize} to ${uncompressedSize} bytes (${ratio})`
    );
  }
  const isSymlink = header.madeBy >> 8 === UNIX && (header.externalAttributes >>> 16 & S_IFMT) === S_IFLNK;
  if (isSymlink) problems.add("zip-symlink", `member ${shown} is a symbolic link`);
  return {
    name,
    rawName: header.rawName,
    method: header.method,
    flags: header.flags,
    crc32: header.crc32,
    compressedSize,
    uncompressedSize,
    localOffset: header.localOffset,
    isSymlink
  };
}
function checkUnicodePath(field2, shown, problems) {
  if (!field2) return;
  const { text, valid } = decodeUtf8(field2.subarray(5));
  if (!valid || field2.length < 5) {
    problems.add("zip-filename", `member ${shown} has a Unicode path field that is not valid UTF-8`);
  } else if (controlCharacter(text)) {
    problems.add("zip-filename", `member ${shown} has a Unicode path field with control characters`);
  }
}

// packages/dists/src/archive/zip-records.ts
var SIG_LOCAL = 67324752;
var SIG_CENTRAL = 33639248;
var SIG_EOCD64 = 101075792;
var SIG_EOCD64_LOCATOR = 117853008;
var SIG_DATA_DESCRIPTOR = 134695760;
var EOCD_SIZE = 22;
var EOCD64_SIZE = 56;
var LOCATOR_SIZE = 20;
var CENTRAL_SIZE = 46;
var LOCAL_SIZE = 30;
var MAX16 = 65535;
var MAX32 = 4294967295;
function needsZip64(eocd) {
  return eocd.entries === MAX16 || eocd.entriesOnDisk === MAX16 || eocd.cdSize === MAX32 || eocd.cdOffset === MAX32;
}
function decodeEocd(buf, at, base) {
  return {
    offset: base + at,
    disk: buf.readUInt16LE(at + 4),
    cdDisk: buf.readUInt16LE(at + 6),
    entriesOnDisk: buf.readUInt16LE(at + 8),
    entries: buf.readUInt16LE(at + 10),
    cdSize: buf.readUInt32LE(at + 12),
    cdOffset: buf.readUInt32LE(at + 16),
    commentLength: buf.readUInt16LE(at + 20)
  };
}
var EOCD_SIGNATURE = Buffer.from([80, 75, 5, 6]);
function eocdCandidates(tail, base, fileSize) {
  const found = [];
  let at = tail.length >= EOCD_SIZE ? tail.lastIndexOf(EOCD_SIGNATURE, tail.length - EOCD_SIZE) : -1;
  while (at >= 0) {
    const commentLength = tail.readUInt16LE(at + 20);
    if (base + at + EOCD_SIZE + commentLength <= fileSize) found.push(at);
    at = at > 0 ? tail.lastIndexOf(EOCD_SIGNATURE, at - 1) : -1;
  }
  return found;
}
function readUInt64(buf, at) {
  const value = buf.readBigUInt64LE(at);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
}
function decodeEocd64(buf) {
  if (buf.length < EOCD64_SIZE || buf.readUInt32LE(0) !== SIG_EOCD64)
    return "the ZIP64 end record is missing";
  return {
    recordSize: readUInt64(buf, 4),
    disk: buf.readUInt32LE(16),
    cdDisk: buf.readUInt32LE(20),
    entriesOnDisk: readUInt64(buf, 24),
    entries: readUInt64(buf, 32),
    cdSize: readUInt64(buf, 40),
    cdOffset: readUInt64(buf, 48)
  };
}
function decodeExtras(extra) {
  const fields = /* @__PURE__ */ new Map();
  let at = 0;
  while (at < extra.length) {
    if (at + 4 > extra.length) return "an extra field is truncated";
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (at + 4 + size > extra.length) return "an extra field overruns its block";
    if (fields.has(id) && (id === 1 || id === 28789))
      return `extra field 0x${id.toString(16)} is repeated`;
    fields.set(id, extra.subarray(at + 4, at + 4 + size));
    at += 4 + size;
  }
  return fields;
}
function applyZip64(sizes, zip64, withOffset) {
  const wanted = [];
  if (sizes.uncompressedSize === MAX32) wanted.push("uncompressedSize");
  if (sizes.compressedSize === MAX32) wanted.push("compressedSize");
  if (withOffset && sizes.localOffset === MAX32) wanted.push("localOffset");
  if (wanted.length === 0) return void 0;
  if (!zip64) return "a size is 0xFFFFFFFF but there is no ZIP64 extra field";
  if (zip64.length < wanted.length * 8)
    return "the ZIP64 extra field is shorter than the values it must hold";
  wanted.forEach((key, i2) => {
    sizes[key] = readUInt64(zip64, i2 * 8);
  });
  return void 0;
}
function decodeCentral(buf, at) {
  if (at + CENTRAL_SIZE > buf.length || buf.readUInt32LE(at) !== SIG_CENTRAL) return void 0;
  const nameLength = buf.readUInt16LE(at + 28);
  const extraLength = buf.readUInt16LE(at + 30);
  const commentLength = buf.readUInt16LE(at + 32);
  const length = CENTRAL_SIZE + nameLength + extraLength + commentLength;
  if (at + length > buf.length) return void 0;
  const nameStart = at + CENTRAL_SIZE;
  const extras = decodeExtras(buf.subarray(nameStart + nameLength, nameStart + nameLength + extraLength));
  const sizes = {
    compressedSize: buf.readUInt32LE(at + 20),
    uncompressedSize: buf.readUInt32LE(at + 24),
    localOffset: buf.readUInt32LE(at + 42)
  };
  const zip64Problem = typeof extras === "string" ? void 0 : applyZip64(sizes, extras.get(1), true);
  return {
    ...sizes,
    madeBy: buf.readUInt16LE(at + 4),
    flags: buf.readUInt16LE(at + 8),
    method: buf.readUInt16LE(at + 10),
    crc32: buf.readUInt32LE(at + 16),
    rawName: Buffer.from(buf.subarray(nameStart, nameStart + nameLength)),
    extras: zip64Problem ?? extras,
    commentLength,
    disk: buf.readUInt16LE(at + 34),
    externalAttributes: buf.readUInt32LE(at + 38),
    length
  };
}
function decodeLocal(buf) {
  if (buf.length < LOCAL_SIZE || buf.readUInt32LE(0) !== SIG_LOCAL)
    return "no local header at the offset it gives";
  const nameLength = buf.readUInt16LE(26);
  const extraLength = buf.readUInt16LE(28);
  const headerLength = LOCAL_SIZE + nameLength + extraLength;
  if (buf.length < headerLength) return "its local header runs past the end of the file";
  const extras = decodeExtras(buf.subarray(LOCAL_SIZE + nameLength, headerLength));
  const sizes = {
    compressedSize: buf.readUInt32LE(18),
    uncompressedSize: buf.readUInt32LE(22),
    localOffset: 0
  };
  const problem = typeof extras === "string" ? extras : applyZip64(sizes, extras.get(1), false);
  return {
    flags: buf.readUInt16LE(6),
    method: buf.readUInt16LE(8),
    compressedSize: sizes.compressedSize,
    uncompressedSize: sizes.uncompressedSize,
    rawName: Buffer.from(buf.subarray(LOCAL_SIZE, LOCAL_SIZE + nameLength)),
    headerLength,
    problem
  };
}
var MAX_LOCAL_HEADER = LOCAL_SIZE + 2 * MAX16;

// packages/dists/src/archive/zip-layout.ts
async function checkLayout(file, entries, directory, problems) {
  const ordered = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let expected = directory.base;
  for (const entry of ordered) {
    const shown = showName(entry.name);
    const at = directory.base + entry.localOffset;
    if (at > expected) {
      problems.add("zip-trailing-data", `${at - expected} bytes at offset ${expected} belong to no member`);
    } else if (at < expected) {
      problems.add("zip-central-directory", `member ${shown} overlaps the member before it`);
      continue;
    }
    const end = await checkLocal(file, entry, at, directory.start, problems);
    if (end === void 0) return;
    expected = end;
  }
  if (directory.start > expected) {
    problems.add(
      "zip-trailing-data",
      `${directory.start - expected} bytes before the central directory belong to no member`
    );
  } else if (directory.start < expected) {
    problems.add("zip-central-directory", "the last member runs into the central directory");
  }
}
async function checkLocal(file, entry, at, directoryStart, problems) {
  const shown = showName(entry.name);
  const fixed = await file.read(at, LOCAL_SIZE);
  const variable = fixed.length === LOCAL_SIZE ? fixed.readUInt16LE(26) + fixed.readUInt16LE(28) : 0;
  const local2 = decodeLocal(Buffer.from(await file.read(at, LOCAL_SIZE + variable)));
  if (typeof local2 === "string") {
    problems.add("zip-central-directory", `member ${shown}: ${local2}`);
    return void 0;
  }
  if (local2.problem) problems.add("zip-central-directory", `member ${shown}: ${local2.problem}`);
  if (!local2.rawName.equals(entry.rawName)) {
    const localName = showName(local2.rawName.toString("utf8"));
    problems.add("zip-central-directory", `member ${shown} has the name ${localName} in its local header`);
  } else if (local2.method !== entry.method) {
    problems.add(
      "zip-central-directory",
      `member ${shown} has different compression methods in its two headers`
    );
  } else if (!(local2.flags & 8) && (local2.compressedSize !== entry.compressedSize || local2.uncompressedSize !== entry.uncompressedSize)) {
    problems.add("zip-central-directory", `member ${shown} has different sizes in its two headers`);
  }
  if (local2.flags & 8 && !(entry.flags & 8)) {
    problems.add("zip-data-descriptor", `member ${shown} has a data descriptor`);
  }
  const dataOffset = at + local2.headerLength;
  let end = dataOffset + entry.compressedSize;
  if (end > directoryStart) {
    problems.add(
      "zip-central-directory",
      `member ${shown} claims more data than lies before the central directory`
    );
    return void 0;
  }
  if (local2.flags & 8) end += await descriptorLength(file, end, entry);
  entry.dataOffset = dataOffset;
  return end;
}
async function descriptorLength(file, at, entry) {
  const head = await file.read(at, 4);
  const signed = head.length === 4 && head.readUInt32LE(0) === SIG_DATA_DESCRIPTOR ? 4 : 0;
  const zip64 = entry.compressedSize >= 4294967295 || entry.uncompressedSize >= 4294967295;
  return signed + (zip64 ? 20 : 12);
}

// packages/dists/src/archive/zip-reader.ts
var MAX_MEMBERS = 1e5;
var MAX_CENTRAL_DIRECTORY = 64 << 20;
async function listZip(path, filename, opened) {
  const file = opened ?? await FileWindow.open(path);
  const problems = new ProblemSink(filename);
  const listing = { entries: [], problems, file, directoryRead: false };
  try {
    if (file.size === 0) {
      problems.add("empty-file", "the file is empty (0 bytes)");
      return listing;
    }
    const directory = await findDirectory(file, problems);
    if (!directory) return listing;
    listing.entries.push(...await readCentralDirectory(file, directory, problems));
    listing.directoryRead = listing.entries.length === directory.entries;
    await checkLayout(file, listing.entries, directory, problems);
    return listing;
  } catch (error2) {
    await file.close();
    throw error2;
  }
}
async function findDirectory(file, problems) {
  const tailLength = Math.min(file.size, 65535 + EOCD_SIZE);
  const tailStart = file.size - tailLength;
  const tail = Buffer.from(await file.read(tailStart, tailLength));
  const [last] = eocdCandidates(tail, tailStart, file.size);
  if (last === void 0) {
    problems.add("zip-not-a-zip", "no end-of-central-directory record: not a ZIP archive, or truncated");
    return void 0;
  }
  const eocd = decodeEocd(tail, last, tailStart);
  const after = file.size - (eocd.offset + EOCD_SIZE + eocd.commentLength);
  if (after > 0)
    problems.add("zip-trailing-data", `${after} bytes follow the end-of-central-directory record`);
  if (eocd.commentLength > 0)
    problems.add("zip-comment", `the archive has a ${eocd.commentLength}-byte comment`);
  if (eocd.disk !== 0 || eocd.cdDisk !== 0) {
    problems.add("zip-central-directory", "the archive claims to span several disks");
    return void 0;
  }
  if (eocd.entriesOnDisk !== eocd.entries) {
    problems.add("zip-central-directory", "the end record gives two different entry counts");
  }
  let directory = {
    start: eocd.cdOffset,
    size: eocd.cdSize,
    entries: eocd.entries,
    endStart: eocd.offset
  };
  const locatorAt = eocd.offset - LOCATOR_SIZE;
  const locator = locatorAt >= 0 ? await file.read(locatorAt, LOCATOR_SIZE) : Buffer.alloc(0);
  if (locator.length === LOCATOR_SIZE && locator.readUInt32LE(0) === SIG_EOCD64_LOCATOR) {
    const zip64 = await readZip64(file, locator, locatorAt, eocd, problems);
    if (!zip64) return void 0;
    directory = zip64;
  } else if (needsZip64(eocd)) {
    problems.add("zip-central-directory", "the end record points to ZIP64 records that are missing");
    return void 0;
  }
  if (directory.entries > MAX_MEMBERS) {
    problems.add("archive-too-many-members", `the archive lists ${directory.entries} members`);
    return void 0;
  }
  if (directory.size > MAX_CENTRAL_DIRECTORY) {
    problems.add("archive-too-many-members", `the central directory takes ${directory.size} bytes`);
    return void 0;
  }
  return placeDirectory(file, directory, problems);
}
async function readZip64(file, locator, locatorAt, eocd, problems) {
  const recordAt = Number(locator.readBigUInt64LE(8));
  const record2 = decodeEocd64(Buffer.from(await file.read(recordAt, EOCD64_SIZE)));
  if (typeof record2 === "string" || locator.readUInt32LE(4) !== 0 || locator.readUInt32LE(16) > 1) {
    const why = typeof record2 === "string" ? record2 : "the ZIP64 locator names another disk";
    problems.add("zip-central-directory", why);
    return void 0;
  }
  if (record2.recordSize !== EOCD64_SIZE - 12) {
    problems.add("zip-central-directory", "the ZIP64 end record carries extensible data");
  }
  if (record2.disk !== 0 || record2.cdDisk !== 0 || record2.entriesOnDisk !== record2.entries) {
    problems.add("zip-central-directory", "the ZIP64 end record is inconsistent (disks or entry counts)");
  }
  const disagree = eocd.entries !== 65535 && eocd.entries !== record2.entries || eocd.cdSize !== 4294967295 && eocd.cdSize !== record2.cdSize || eocd.cdOffset !== 4294967295 && eocd.cdOffset !== record2.cdOffset;
  if (disagree) problems.add("zip-central-directory", "the ZIP64 and plain end records disagree");
  const gap = locatorAt - (recordAt + EOCD64_SIZE);
  if (gap !== 0) problems.add("zip-central-directory", "the ZIP64 end record does not precede its locator");
  return { start: record2.cdOffset, size: record2.cdSize, entries: record2.entries, endStart: recordAt };
}
async function placeDirectory(file, directory, problems) {
  const slack = directory.endStart - directory.start - directory.size;
  if (!Number.isFinite(slack) || slack < 0) {
    problems.add("zip-central-directory", "the central directory overlaps the end record or lies past it");
    return void 0;
  }
  const isCentral = async (at) => {
    const head = await file.read(at, 4);
    return head.length === 4 && head.readUInt32LE(0) === SIG_CENTRAL;
  };
  if (slack === 0 || directory.entries === 0 || await isCentral(directory.start)) {
    if (slack > 0) await reportGap(file, directory.start + directory.size, slack, problems);
    return { ...directory, base: 0 };
  }
  if (await isCentral(directory.start + slack)) {
    problems.add("zip-trailing-data", `${slack} bytes precede the archive's first member`);
    return { ...directory, start: directory.start + slack, base: slack };
  }
  problems.add("zip-central-directory", "no central directory at the offset the end record gives");
  return void 0;
}
async function reportGap(file, at, length, problems) {
  const gap = await file.read(at, Math.min(length, 1 << 20));
  if (gap.includes(Buffer.from([80, 75, 5, 6]))) {
    problems.add("zip-central-directory", "the archive holds more than one end-of-central-directory record");
  }
  problems.add("zip-trailing-data", `${length} bytes lie between the central directory and the end record`);
}
async function readCentralDirectory(file, directory, problems) {
  const buffer = Buffer.from(await file.read(directory.start, directory.size));
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  let at = 0;
  for (let index = 0; index < directory.entries; index++) {
    const header = decodeCentral(buffer, at);
    if (!header) {
      problems.add("zip-central-directory", `central directory entry ${index + 1} is not a valid header`);
      return entries;
    }
    at += header.length;
    entries.push(checkCentralEntry(header, seen, problems));
  }
  if (at !== buffer.length) {
    problems.add("zip-central-directory", "the central directory size disagrees with its entries");
  }
  return entries;
}

// packages/dists/src/sdist-layout.ts
import { posix } from "node:path";

// packages/dists/src/release-dir.ts
function sameRelease(stem, expected, split) {
  const dash = split === "-" ? stem.indexOf("-") : stem.lastIndexOf("-");
  if (dash <= 0) return false;
  const version2 = stem.slice(dash + 1);
  const versionMatches = version2 === expected.version || sameVersion(version2, expected.version);
  return versionMatches && escapeName(stem.slice(0, dash)) === escapeName(expected.name);
}

// packages/dists/src/sdist-layout.ts
function checkTopLevel(entries, expected, problems) {
  const counts = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const name = stripDot(entry.name);
    const [top = "", ...rest] = name.split("/");
    if (top === "" || top === "..") continue;
    counts.set(top, (counts.get(top) ?? 0) + 1);
    if (rest.filter(Boolean).length === 0 && entry.type !== "5") {
      problems.add("sdist-top-level", `member ${showName(entry.name)} lies beside the top-level directory`);
    }
  }
  const tops = [...counts.keys()];
  if (tops.length === 0) {
    problems.add("sdist-top-level", "the archive has no top-level directory");
    return void 0;
  }
  const topDir = tops.reduce((a, b) => counts.get(b) > counts.get(a) ? b : a);
  if (tops.length > 1) {
    const listed = tops.slice(0, 5).map(showName).join(", ");
    problems.add("sdist-top-level", `the archive has ${tops.length} top-level entries (${listed})`);
  }
  if (expected && !sameRelease(topDir, expected, "last-dash")) {
    problems.add(
      "sdist-top-level-name",
      `the top-level directory is ${showName(topDir)}, expected ${showName(`${expected.name}-${expected.version}`)}`
    );
  }
  for (const entry of entries) checkLink(entry, topDir, problems);
  return topDir;
}
function checkLink(entry, topDir, problems) {
  if (entry.type !== "1" && entry.type !== "2") return;
  const kind = entry.type === "1" ? "hard link" : "symbolic link";
  const shown = `${kind} ${showName(entry.name)} \u2192 ${showName(entry.linkName)}`;
  if (entry.linkName.startsWith("/") || /^[A-Za-z]:/.test(entry.linkName)) {
    problems.add("sdist-link", `${shown} has an absolute target`);
    return;
  }
  const base = entry.type === "2" ? posix.dirname(stripDot(entry.name)) : ".";
  const target = posix.normalize(posix.join(base, entry.linkName));
  if (target === topDir || target.startsWith(`${topDir}/`)) {
    problems.add("sdist-link", `${shown} stays inside the sdist but is not portable`, "warning");
  } else {
    problems.add("sdist-link", `${shown} points outside the top-level directory`);
  }
}
function stripDot(name) {
  return name.replace(/^(\.\/)+/, "");
}

// packages/dists/src/sdist-contents.ts
var MAX_TAR_BYTES = 8 * 1024 ** 3;
var MAX_TAR_RATIO = 100;
async function inspectSdist(path, filename, expected) {
  const problems = new ProblemSink(filename);
  const members2 = [];
  const size = await checkGzipMagic(path, problems);
  if (size === void 0) return { problems: problems.problems(), members: members2 };
  const pkgInfos = /* @__PURE__ */ new Map();
  const entries = [];
  const parser = new TarParser(
    (entry) => {
      if (members2.length >= MAX_MEMBERS) {
        problems.add("archive-too-many-members", `the archive holds more than ${MAX_MEMBERS} members`);
        parser.stop();
        return false;
      }
      members2.push(entry.name);
      entries.push(entry);
      checkMember(entry, problems);
      return wantsPkgInfo(entry, problems);
    },
    (entry, data) => {
      if (!pkgInfos.has(stripDot(entry.name))) pkgInfos.set(stripDot(entry.name), data);
    }
  );
  const whole = await readTar(path, size, parser, problems);
  if (!whole && entries.length === 0) return { problems: problems.problems(), members: members2 };
  const topDir = checkTopLevel(entries, expected, problems);
  const contents = { problems: [], members: members2, ...topDir === void 0 ? {} : { sdist: { topDir } } };
  if (topDir === void 0) return { ...contents, problems: problems.problems() };
  const pkgInfo = pkgInfos.get(`${topDir}/PKG-INFO`);
  if (!pkgInfo) {
    if (!problems.has("archive-member-too-large") && !parser.error && whole) {
      problems.add("sdist-pkg-info-missing", `${topDir}/PKG-INFO is missing`);
    }
    return { ...contents, problems: problems.problems() };
  }
  const { text, valid } = decodeUtf8(pkgInfo);
  if (!valid) problems.add("metadata-encoding", `${topDir}/PKG-INFO is not valid UTF-8`);
  return { ...contents, problems: problems.problems(), metadataText: text };
}
async function checkGzipMagic(path, problems) {
  let handle;
  try {
    handle = await open3(path, "r");
    const { size } = await handle.stat();
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    if (size === 0) problems.add("empty-file", "the file is empty (0 bytes)");
    else if (head[0] !== 31 || head[1] !== 139)
      problems.add("sdist-not-gzip", "the file is not gzip-compressed");
    else return size;
    return void 0;
  } catch (error2) {
    throw ioError(path, error2);
  } finally {
    await handle?.close();
  }
}
async function readTar(path, size, parser, problems) {
  const source = createReadStream(path, { highWaterMark: 1 << 20 });
  let sourceError;
  source.on("error", (error2) => {
    sourceError = error2;
  });
  const gunzip = createGunzip();
  let total = 0;
  let tooLarge = false;
  let gzipEnded = false;
  try {
    await pipeline(source, gunzip, async (chunks) => {
      for await (const chunk of chunks) {
        total += chunk.length;
        if (total > MAX_TAR_BYTES && total > MAX_TAR_RATIO * size) {
          tooLarge = true;
          parser.stop();
          return;
        }
        if (!parser.ended) parser.write(chunk);
      }
      gzipEnded = true;
    });
  } catch (error2) {
    if (sourceError !== void 0) throw ioError(path, sourceError);
    if (tooLarge) return reportTooLarge(problems);
    if (!gzipEnded) {
      const message = error2 instanceof Error ? error2.message : String(error2);
      problems.add("sdist-gzip-corrupt", `the gzip stream is corrupt (${message})`);
    }
  }
  if (tooLarge) return reportTooLarge(problems);
  if (gzipEnded && gunzip.bytesWritten < size) await checkTrailing(path, gunzip.bytesWritten, size, problems);
  parser.end();
  if (parser.error) problems.add("sdist-tar-invalid", parser.error);
  return gzipEnded;
}
async function checkTrailing(path, from, size, problems) {
  const length = size - from;
  let padding = false;
  if (length <= 1 << 16) {
    const handle = await open3(path, "r").catch((error2) => {
      throw ioError(path, error2);
    });
    try {
      const tail = Buffer.alloc(length);
      await handle.read(tail, 0, length, from);
      padding = tail.every((byte) => byte === 0);
    } finally {
      await handle.close();
    }
  }
  if (!padding) problems.add("sdist-gzip-corrupt", `${length} bytes of garbage follow the gzip stream`);
}
function reportTooLarge(problems) {
  problems.add("sdist-too-large", `the tar stream exceeds ${MAX_TAR_BYTES} bytes; the rest was not checked`);
  return false;
}
function checkMember(entry, problems) {
  const shown = showName(entry.name);
  const unsafe = unsafePathReason(entry.name, { backslash: false });
  if (unsafe) problems.add("sdist-path-traversal", `member ${shown} ${unsafe}`);
  if (entry.type === "3" || entry.type === "4")
    problems.add("sdist-special-member", `member ${shown} is a device`);
  if (entry.type === "6") problems.add("sdist-special-member", `member ${shown} is a FIFO`);
  if (entry.sparse) problems.add("sdist-sparse-member", `member ${shown} is a sparse file`);
}
function wantsPkgInfo(entry, problems) {
  if (!/^[^/]+\/PKG-INFO$/.test(stripDot(entry.name)) || !["0", "\0", "7"].includes(entry.type)) return false;
  if (entry.size > MAX_TEXT_MEMBER) {
    problems.add("archive-member-too-large", `member ${showName(entry.name)} is ${entry.size} bytes`);
    return false;
  }
  return true;
}

// packages/dists/src/entry-points.ts
var SCRIPT_NAME = /^[\w.-]+$/u;
var SCRIPT_GROUPS = /* @__PURE__ */ new Set(["console_scripts", "gui_scripts"]);
var IDENTIFIER = String.raw`[A-Za-z_][\w]*`;
var DOTTED = String.raw`${IDENTIFIER}(?:\s*\.\s*${IDENTIFIER})*`;
var REFERENCE = new RegExp(
  String.raw`^${DOTTED}(?:\s*:\s*${DOTTED})?(?:\s*\[\s*[\w.-]+(?:\s*,\s*[\w.-]+)*\s*\])?$`,
  "u"
);
function parseEntryPoints(text) {
  const groups = /* @__PURE__ */ new Map();
  const errors = [];
  const installErrors = [];
  let groupName = "";
  let group;
  text.split(/\r?\n/).forEach((line, index) => {
    const where = `line ${index + 1}`;
    if (line.trim() === "" || /^\s*[#;]/.test(line)) return;
    const section = /^\[(.*)\]\s*$/.exec(line);
    if (section) {
      const name2 = section[1].trim();
      if (name2 === "") errors.push(`${where}: empty section name`);
      if (groups.has(name2)) errors.push(`${where}: section [${name2}] appears twice`);
      groupName = name2;
      group = groups.get(name2) ?? /* @__PURE__ */ new Map();
      groups.set(name2, group);
      return;
    }
    if (/^\s/.test(line)) {
      installErrors.push(`${where}: indented line (the spec allows no continuation lines)`);
      return;
    }
    const eq2 = line.indexOf("=");
    if (eq2 < 0) {
      errors.push(`${where}: not a \`name = value\` line`);
      return;
    }
    if (!group) {
      errors.push(`${where}: entry outside any [section]`);
      return;
    }
    const name = line.slice(0, eq2).trim();
    const value = line.slice(eq2 + 1).trim();
    if (name === "") errors.push(`${where}: empty entry point name`);
    else if (group.has(name))
      errors.push(`${where}: name ${JSON.stringify(name)} is defined twice in its section`);
    else if (SCRIPT_GROUPS.has(groupName) && !SCRIPT_NAME.test(name))
      errors.push(
        `${where}: script name ${JSON.stringify(name)} has characters other than letters, digits, _ . -`
      );
    if (!REFERENCE.test(value))
      installErrors.push(`${where}: ${JSON.stringify(value)} is not \`module:attr [extras]\``);
    group.set(name, value);
  });
  return { groups, errors, installErrors };
}

// packages/dists/src/record-file.ts
var WEAK = /* @__PURE__ */ new Set(["md5", "sha1"]);
var MAX_ERRORS = 20;
function parseRecord(text) {
  const rows = [];
  const errors = [];
  const { records, error: error2 } = parseCsv(text);
  records.forEach((fields, index) => {
    if (errors.length >= MAX_ERRORS) return;
    if (fields.length === 1 && fields[0] === "") return;
    const where = `row ${index + 1}`;
    if (fields.length !== 3) {
      errors.push(`${where} has ${fields.length} fields, not 3`);
      return;
    }
    const [path, hash, size] = fields;
    if (path === "") errors.push(`${where} has an empty path`);
    if (hash !== "") {
      const match = /^([A-Za-z0-9_]+)=([A-Za-z0-9_-]+)$/.exec(hash);
      if (!match) errors.push(`${where}: hash ${JSON.stringify(hash)} is not algorithm=urlsafe-base64`);
      else if (WEAK.has(match[1].toLowerCase())) errors.push(`${where}: ${match[1]} is too weak a hash`);
    }
    if (size !== "" && !/^\d+$/.test(size))
      errors.push(`${where}: size ${JSON.stringify(size)} is not a number`);
    rows.push({ path, hash, size });
  });
  return error2 ? { rows, errors, syntaxError: error2 } : { rows, errors };
}
function parseCsv(text) {
  const records = [];
  let fields = [];
  let field2 = "";
  let quoted = false;
  let i2 = 0;
  while (i2 < text.length) {
    const c = text[i2];
    if (quoted) {
      if (c === '"' && text[i2 + 1] === '"') {
        field2 += '"';
        i2 += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field2 += c;
      i2++;
      continue;
    }
    if (c === '"' && field2 === "") quoted = true;
    else if (c === ",") {
      fields.push(field2);
      field2 = "";
    } else if (c === "\n" || c === "\r") {
      fields.push(field2);
      records.push(fields);
      fields = [];
      field2 = "";
      if (c === "\r" && text[i2 + 1] === "\n") i2++;
    } else field2 += c;
    i2++;
  }
  if (quoted) return { records, error: "a quoted field is not closed" };
  if (field2 !== "" || fields.length > 0) {
    fields.push(field2);
    records.push(fields);
  }
  return { records };
}

// packages/dists/src/wheel-file.ts
function parseWheelFile(text) {
  const fields = /* @__PURE__ */ new Map();
  const errors = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const match = /^([A-Za-z0-9][A-Za-z0-9-]*):[ \t]*/.exec(line);
    const value = match ? line.slice(match[0].length).trimEnd() : "";
    if (!match || /[\n\r\u2028\u2029]/.test(value)) {
      errors.push(`line ${index + 1} is not a \`Key: value\` line`);
      return;
    }
    const key = match[1].toLowerCase();
    const values = fields.get(key);
    if (values) values.push(value);
    else fields.set(key, [value]);
  });
  const version2 = fields.get("wheel-version");
  if (!version2) errors.push("it has no Wheel-Version");
  else if (!/^1\.\d+$/.test(version2[0]) || version2.length > 1) {
    errors.push(`Wheel-Version is ${JSON.stringify(version2.join(", "))}, not 1.x`);
  }
  const purelib = fields.get("root-is-purelib");
  if (!purelib) errors.push("it has no Root-Is-Purelib");
  else if (purelib.length > 1 || !/^(true|false)$/i.test(purelib[0])) {
    errors.push(`Root-Is-Purelib is ${JSON.stringify(purelib.join(", "))}, not true or false`);
  }
  return { fields, errors };
}

// packages/dists/src/license-files.ts
function checkLicenseFiles(contents, licenseFiles, filename) {
  const members2 = new Set(contents.members);
  const problems = [];
  const missing = (path, where) => problems.push(
    archiveProblem(
      "license-file-missing",
      filename,
      `License-File ${JSON.stringify(path)} is not at ${where}`
    )
  );
  if (contents.wheel) {
    const dir = contents.wheel.distInfoDir;
    const pep639 = isAtLeast24(contents.metadataText);
    for (const path of licenseFiles) {
      if (pep639) {
        const where = `${dir}/licenses/${path}`;
        if (!members2.has(where)) missing(path, where);
      } else if (!inDistInfo(contents.members, dir, path)) {
        missing(path, `any place in ${dir}/`);
      }
    }
  } else if (contents.sdist) {
    for (const path of licenseFiles) {
      const where = `${contents.sdist.topDir}/${path}`;
      if (!members2.has(where)) missing(path, where);
    }
  }
  return problems;
}
function inDistInfo(members2, dir, path) {
  const base = path.split("/").pop();
  return members2.some(
    (m) => m.startsWith(`${dir}/`) && !m.endsWith("/") && (m.endsWith(`/${path}`) || m.split("/").pop() === base)
  );
}
function isAtLeast24(metadataText) {
  const headers = (metadataText ?? "").split(/\r?\n\r?\n/)[0];
  const match = /^Metadata-Version:[ \t]*(\S+)/im.exec(headers);
  const version2 = normalizeVersion(match?.[1] ?? "") ?? "";
  const [major = 0, minor = 0] = version2.split(".").map(Number);
  return major > 2 || major === 2 && minor >= 4;
}

// packages/dists/src/wheel-contents.ts
async function inspectWheel(path, filename, expected, opened) {
  const { entries, problems, file, directoryRead } = await listZip(path, filename, opened);
  try {
    const members2 = entries.map((e) => e.name);
    if (!directoryRead) return { problems: problems.problems(), members: members2 };
    const distInfoDir = chooseDistInfo(entries, expected, problems);
    if (!distInfoDir) return { problems: problems.problems(), members: members2 };
    const byName = new Map(entries.map((e) => [e.name, e]));
    const read = async (base, missing) => {
      const entry = byName.get(`${distInfoDir}/${base}`);
      if (!entry) {
        if (missing) problems.add(missing, `${distInfoDir}/${base} is missing`);
        return void 0;
      }
      const data = await readZipMember(file, entry, problems);
      return data && { entry, data };
    };
    const metadata = await read("METADATA", "wheel-metadata-missing");
    let metadataText;
    if (metadata) {
      const { text, valid } = decodeUtf8(metadata.data);
      if (!valid) problems.add("metadata-encoding", `${distInfoDir}/METADATA is not valid UTF-8`);
      metadataText = text;
    }
    const wheel = await read("WHEEL", "wheel-wheel-file-missing");
    const wheelFile = wheel && parseWheelFile(decodeUtf8(wheel.data).text);
    for (const error2 of wheelFile?.errors ?? []) problems.add("wheel-wheel-file-invalid", `WHEEL: ${error2}`);
    await checkRecord(file, entries, distInfoDir, byName, problems);
    const entryPoints = await read("entry_points.txt");
    if (entryPoints) {
      const parsed = parseEntryPoints(decodeUtf8(entryPoints.data).text);
      for (const error2 of parsed.errors) {
        problems.add("wheel-entry-points-invalid", `${distInfoDir}/entry_points.txt ${error2}`);
      }
      for (const error2 of parsed.installErrors) {
        problems.add("wheel-entry-points-invalid", `${distInfoDir}/entry_points.txt ${error2}`);
      }
    }
    return {
      problems: problems.problems(),
      members: members2,
      wheel: wheelFile ? { distInfoDir, wheelFile: wheelFile.fields } : { distInfoDir },
      ...metadataText === void 0 ? {} : { metadataText }
    };
  } finally {
    await file.close();
  }
}
function chooseDistInfo(entries, expected, problems) {
  const dirs = [...new Set(entries.map((e) => e.name.split("/")[0]))].filter(
    (top) => top.endsWith(".dist-info") && entries.some((e) => e.name.startsWith(`${top}/`))
  );
  if (dirs.length === 0) {
    problems.add("wheel-dist-info-missing", "the wheel has no top-level `.dist-info` directory");
    return void 0;
  }
  const wanted = expected && `${escapeName(expected.name)}-${expected.version}`;
  const matches = (dir) => expected !== void 0 && sameRelease(dir.slice(0, -".dist-info".length), expected, "-");
  const chosen = (wanted ? dirs.find(matches) : void 0) ?? dirs[0];
  if (wanted && !matches(chosen)) {
    problems.add(
      "wheel-dist-info-name",
      `the wheel holds ${showName(chosen)}, expected ${showName(`${wanted}.dist-info`)}`
    );
  }
  const others = dirs.filter((dir) => dir !== chosen);
  if (others.length > 0) {
    problems.add(
      "wheel-dist-info-name",
      `the wheel holds more than one .dist-info directory: ${dirs.join(", ")}`
    );
  }
  return chosen;
}
async function checkRecord(file, entries, distInfoDir, byName, problems) {
  const recordName = `${distInfoDir}/RECORD`;
  const entry = byName.get(recordName);
  if (!entry) {
    problems.add("wheel-record-missing", `${recordName} is missing`);
    return;
  }
  const data = await readZipMember(file, entry, problems);
  if (!data) return;
  const record2 = parseRecord(decodeUtf8(data).text);
  if (record2.syntaxError) problems.add("wheel-record-invalid", `${recordName} ${record2.syntaxError}`);
  for (const error2 of record2.errors) problems.add("wheel-record-invalid", `${recordName} ${error2}`);
  const listed = new Set(record2.rows.map((row) => row.path));
  for (const row of record2.rows) {
    if (!byName.has(row.path)) {
      problems.add(
        "wheel-record-invalid",
        `${recordName} lists ${showName(row.path)}, which is not in the wheel`,
        "warning"
      );
    }
  }
  const unlisted = /* @__PURE__ */ new Set([recordName, `${recordName}.jws`, `${recordName}.p7s`]);
  for (const { name } of entries) {
    if (name.endsWith("/") || listed.has(name) || unlisted.has(name)) continue;
    problems.add(
      "wheel-record-invalid",
      `${showName(name)} is in the wheel but not in ${recordName}`,
      "warning"
    );
  }
}

// packages/dists/src/check-file.ts
async function checkFile(path, options = {}) {
  const filename = options.filename ?? basename(path);
  const info = statOrThrow(path);
  const empty = {
    path,
    filename,
    size: info.size,
    sha256: "",
    digests: void 0,
    metadata: void 0,
    members: []
  };
  const filenameProblems = checkFilename(filename);
  const kind = kindFromFilename(filename);
  if (!info.isFile()) {
    const problem = problemFrom(SET_RULES.notAFile, path, "this is a directory, not a file");
    return { ...empty, kind, name: void 0, version: void 0, problems: [problem] };
  }
  const parsed = parseDistFilename(filename);
  if (kind === void 0 || !parsed) {
    return { ...empty, kind, name: void 0, version: void 0, problems: filenameProblems };
  }
  const expected = { name: parsed.name, version: parsed.version };
  const known = options.digests;
  const [digests, contents] = kind === "wheel" ? await readWheel(path, filename, expected, known) : await Promise.all([known ?? hashFile(path), inspectSdist(path, filename, expected)]);
  const parsedMetadata = contents.metadataText === void 0 ? void 0 : parseMetadata(contents.metadataText);
  const metadata = parsedMetadata?.metadata;
  const name = (metadata && getField(metadata, "name")) ?? parsed.name;
  const version2 = (metadata && getField(metadata, "version")) ?? parsed.version;
  const problems = [
    ...filenameProblems,
    ...contents.problems,
    ...parsedMetadata ? metadataSyntaxProblems(parsedMetadata.problems, filename) : [],
    ...metadata ? metadataProblems(metadata, contents, filename, parsed, options.classifiers) : []
  ];
  return {
    path,
    filename,
    kind,
    name,
    version: version2,
    size: digests.size,
    sha256: digests.sha256,
    digests,
    metadata,
    members: contents.members,
    problems
  };
}
function metadataProblems(metadata, contents, filename, parsed, classifiers) {
  const context = {
    expectedName: parsed.name,
    expectedVersion: parsed.version,
    ...classifiers ? { classifiers } : {}
  };
  return [
    ...checkMetadata(metadata, filename, context),
    ...checkLicenseFiles(contents, getFields(metadata, "license-file"), filename)
  ];
}
async function readWheel(path, filename, expected, known) {
  const window2 = await FileWindow.open(path);
  const whole = window2.wholeFile();
  const digests = known ?? (whole ? hashBuffer(whole) : hashFile(path));
  return Promise.all([digests, inspectWheel(path, filename, expected, window2)]);
}
function statOrThrow(path) {
  try {
    return statSync(path);
  } catch (cause) {
    throw new DistsError("not-found", `${path}: no such file`, { cause });
  }
}

// packages/dists/src/check-verdict.ts
function failingProblems(report, strict) {
  const all = [...report.problems, ...report.files.flatMap((f) => f.problems)];
  return all.filter((p) => p.severity === "error" || strict && p.severity === "warning");
}

// packages/dists/src/discover.ts
import { readdir, stat } from "node:fs/promises";
import { basename as basename2, join } from "node:path";
var KNOWN_COMPANIONS = /(^\.gitignore$|^\.DS_Store$|\.metadata$|\.attestation$|\.publish\.attestation$|\.sigstore(\.json)?$|\.asc$)/;
async function discoverFiles(inputs) {
  const candidates = [];
  const problems = [];
  for (const input of inputs) {
    const globbing = await globberFor(input);
    if (globbing) {
      const matches = await globbing.glob(input, {
        onlyFiles: true,
        dot: true,
        absolute: false,
        expandDirectories: false
      });
      if (matches.length === 0) {
        problems.push(problemFrom(SET_RULES.missingPath, input, "the pattern matches no file"));
      }
      for (const match of matches.sort()) addFromFolder(match, candidates, problems);
      continue;
    }
    const info = await stat(input).catch(() => void 0);
    if (!info) {
      problems.push(problemFrom(SET_RULES.missingPath, input, "no such file or directory"));
    } else if (info.isDirectory() && kindFromFilename(input) === void 0) {
      const names = (await readdir(input, { withFileTypes: true })).sort((a, b) => compare2(a.name, b.name));
      for (const entry of names) {
        if (entry.isDirectory()) continue;
        addFromFolder(join(input, entry.name), candidates, problems);
      }
    } else {
      candidates.push({ path: input, filename: basename2(input) });
    }
  }
  return { candidates: dedupePaths(candidates), problems };
}
var GLOB_SYNTAX = /[*?[\]{}()!+@]/;
async function globberFor(input) {
  if (!GLOB_SYNTAX.test(input)) return void 0;
  const tinyglobby = await import("./dist-SUT6UJF6.js");
  return tinyglobby.isDynamicPattern(input) ? tinyglobby : void 0;
}
function addFromFolder(path, candidates, problems) {
  const filename = basename2(path);
  if (kindFromFilename(filename) !== void 0 || refusedFormat(filename) !== void 0) {
    candidates.push({ path, filename });
  } else {
    const why = KNOWN_COMPANIONS.test(filename) ? "skipped (not a distribution)" : "skipped (not a wheel or an sdist)";
    problems.push(problemFrom(FILENAME_RULES.notADistribution, path, why));
  }
}
function dedupePaths(candidates) {
  const seen = /* @__PURE__ */ new Set();
  return candidates.filter((c) => !seen.has(c.path) && seen.add(c.path));
}
function compare2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// packages/dists/src/check-set.ts
var MAX_RELEASE_FILES = 2e3;
async function checkDistributions(inputs, options = {}) {
  const discovery = await discoverFiles(inputs);
  if (discovery.candidates.length > MAX_RELEASE_FILES) {
    const where = inputs.join(", ") || "(no input)";
    const detail = `found ${discovery.candidates.length} distributions; none was read`;
    return {
      ok: false,
      files: [],
      problems: [...discovery.problems, problemFrom(SET_RULES.tooManyFiles, where, detail)]
    };
  }
  const files = await mapBounded(
    discovery.candidates,
    options.concurrency ?? 8,
    (c) => checkFile(c.path, {
      filename: c.filename,
      ...options.classifiers ? { classifiers: options.classifiers } : {}
    })
  );
  const problems = [...discovery.problems, ...checkSet(files, inputs)];
  const ok = failingProblems({ files, problems }, options.strict ?? false).length === 0;
  return { ok, files, problems };
}
function checkSet(files, inputs) {
  const where = inputs.join(", ") || "(no input)";
  if (files.length === 0) return [problemFrom(SET_RULES.empty, where, "no distribution was found")];
  const problems = [];
  const projects = distinct(files, (f) => f.name === void 0 ? void 0 : normalizeName(f.name));
  if (projects.size > 1) {
    problems.push(problemFrom(SET_RULES.twoProjects, where, `the files belong to ${list(projects)}`));
  }
  const versions = distinct(
    files,
    (f) => f.version === void 0 ? void 0 : normalizeVersion(f.version) ?? f.version
  );
  if (versions.size > 1) {
    problems.push(problemFrom(SET_RULES.twoVersions, where, `the files carry versions ${list(versions)}`));
  }
  const sdists = files.filter((f) => f.kind === "sdist");
  if (sdists.length > 1) {
    const names = sdists.map((f) => f.filename).join(", ");
    problems.push(problemFrom(SET_RULES.twoSdists, where, `found ${sdists.length} sdists: ${names}`));
  }
  const byName = /* @__PURE__ */ new Map();
  for (const file of files) {
    const other = byName.get(file.filename);
    if (other && other.sha256 !== file.sha256) {
      const detail = `${other.path} (sha256 ${other.sha256}) and ${file.path} (sha256 ${file.sha256}) differ`;
      problems.push(problemFrom(SET_RULES.conflictingFiles, file.filename, detail));
    }
    byName.set(file.filename, other ?? file);
  }
  return problems;
}
function releaseOf(files) {
  const first = files.find((f) => f.name !== void 0 && f.version !== void 0);
  if (!first?.name || !first.version) return void 0;
  return { name: first.name, version: normalizeVersion(first.version) ?? first.version };
}
function distinct(items, key) {
  return new Set(items.map(key).filter((k) => k !== void 0));
}
function list(values) {
  const shown = [...values].slice(0, 5).map((v) => `"${v}"`);
  return values.size > 5 ? `${shown.join(", ")} and ${values.size - 5} more` : shown.join(", ");
}

// packages/dists/src/rules/pypi-only.ts
var PYPI_ONLY_RULES = /* @__PURE__ */ new Set([
  "metadata-local-version",
  "wheel-platform-tag",
  "metadata-classifier-unknown",
  "metadata-classifier-private",
  "metadata-direct-url-dependency"
]);

// packages/dists/src/rules/all-rules.ts
var RULE_GROUPS = [
  { title: "Filenames", rules: Object.values(FILENAME_RULES) },
  { title: "Archives", rules: ARCHIVE_RULES },
  { title: "Metadata and long description", rules: METADATA_RULE_LIST },
  { title: "The release set and its inputs", rules: Object.values(SET_RULES) }
];
var ALL_RULES = RULE_GROUPS.flatMap((group) => group.rules);

// packages/dists/src/rules/pypi-enforcement.ts
var refuses = (where) => ({ pypi: "refuses", where });
var accepts = (where) => ({ pypi: "accepts", where });
var local = (where) => ({ pypi: "local", where });
var LEGACY = "forklift/legacy.py";
var METADATA = "forklift/metadata.py";
var ZIPFILES = "utils/zipfiles.py (validate_zipfile)";
var PACKAGING = "packaging.metadata (forklift/metadata.py parse)";
var PYPI_ENFORCEMENT = {
  "filename-characters": refuses(`${LEGACY} _validate_filename`),
  "filename-extension": refuses(`${LEGACY} _validate_filename (_dist_file_re)`),
  "not-a-distribution": local("files that are not distributions are never uploaded"),
  "wheel-filename": refuses(`${LEGACY} packaging.utils.parse_wheel_filename`),
  "wheel-filename-name": refuses(
    `${LEGACY} "should contain the normalized project name" (reason:invalid-filename-projectname)`
  ),
  "wheel-filename-version": refuses(`${LEGACY} parse_wheel_filename; "Version in filename should be \u2026"`),
  "wheel-build-tag": refuses(`${LEGACY} parse_wheel_filename (InvalidWheelFilename)`),
  "wheel-platform-tag": refuses(`${LEGACY} _valid_platform_tag`),
  "sdist-filename": refuses(`${LEGACY} PEP 625 "Filename \u2026 is invalid, should be \u2026"`),
  "empty-file": refuses(`${LEGACY} _is_valid_dist_file (not a zip/tar)`),
  "archive-too-many-members": accepts("our reading limit: a release with more members is not read"),
  "archive-member-too-large": accepts("our reading limit on metadata files"),
  "metadata-encoding": refuses(`${PACKAGING}: METADATA/PKG-INFO must decode as UTF-8`),
  "zip-not-a-zip": refuses(`${LEGACY} _is_valid_dist_file "File is not a zipfile"`),
  "zip-compression": refuses(`${LEGACY} _is_valid_dist_file "unsupported compression type"`),
  "zip-duplicate-entry": refuses(ZIPFILES),
  "zip-trailing-data": refuses(ZIPFILES),
  "zip-comment": refuses(ZIPFILES),
  "zip-central-directory": refuses(ZIPFILES),
  "zip-data-descriptor": refuses(`${ZIPFILES} "ZIP contains a data descriptor"`),
  "zip-filename": refuses(`${ZIPFILES} "Invalid character in filename" / "not valid UTF-8"`),
  "zip-path-traversal": accepts("installers refuse to write outside the install root (pip, installer)"),
  "zip-compression-ratio": refuses(`${LEGACY} _is_valid_dist_file (COMPRESSION_RATIO_THRESHOLD)`),
  "zip-symlink": accepts("installers write a symlink member as a text file (warning only)"),
  "wheel-dist-info-missing": refuses(`${LEGACY} "WHEEL not found at \u2026" / missing METADATA`),
  "wheel-dist-info-name": refuses(`${LEGACY} reads {name}-{version}.dist-info named by the filename`),
  "wheel-metadata-missing": refuses(`${LEGACY} "does not contain the required METADATA file"`),
  "wheel-wheel-file-missing": refuses(`${LEGACY} _is_valid_dist_file "WHEEL not found at \u2026"`),
  "wheel-wheel-file-invalid": accepts("pip refuses to install a wheel whose WHEEL lacks Wheel-Version"),
  "wheel-record-missing": refuses(`${LEGACY} validate_record (MissingWheelRecordError)`),
  "wheel-record-invalid": refuses(
    "utils/wheel.py _validate_record refuses a RECORD that is not CSV; it accepts a listing that differs (our warning) and bad rows or md5/sha1 hashes (our error: the wheel spec forbids them)"
  ),
  "wheel-entry-points-invalid": refuses(
    "utils/wheel.py _validate_entrypoints: configparser INI, script names [\\w.-]+; values that are not module:attr it accepts (our error: pip cannot install them)"
  ),
  "license-file-missing": refuses(`${LEGACY} "License-File \u2026 does not exist in distribution file"`),
  "sdist-not-gzip": refuses(`${LEGACY} _is_valid_dist_file "File is not a tarfile"`),
  "sdist-gzip-corrupt": refuses(`${LEGACY} _is_valid_dist_file (zlib.error, EOFError)`),
  "sdist-tar-invalid": refuses(`${LEGACY} _is_valid_dist_file (tarfile.ReadError)`),
  "sdist-too-large": accepts("our reading limit on the decompressed tar stream"),
  "sdist-top-level": refuses(`${LEGACY} "Incorrect number of top-level directories in sdist"`),
  "sdist-top-level-name": accepts(
    "PEP 625 asks for it; Warehouse only needs one top-level directory (warning)"
  ),
  "sdist-pkg-info-missing": refuses(`${LEGACY} "PKG-INFO not found at \u2026"`),
  "sdist-sparse-member": refuses(`${LEGACY} "Sparse members are not allowed"`),
  "sdist-path-traversal": accepts("pip's tar extraction (data filter) refuses to install the sdist"),
  "sdist-link": accepts("pip's tar extraction (data filter) refuses links leaving the directory"),
  "sdist-special-member": accepts("pip's tar extraction (data filter) refuses device files and FIFOs"),
  "metadata-syntax": refuses(`${PACKAGING} (unparsed or invalid headers)`),
  "metadata-missing-field": refuses(`${PACKAGING} (required Metadata-Version, Name, Version)`),
  "metadata-version-unsupported": refuses(`${METADATA} SUPPORTED_METADATA_VERSIONS`),
  "metadata-name": refuses(`${PACKAGING} (name validation)`),
  "metadata-version": refuses(`${PACKAGING} (packaging.version.Version)`),
  "metadata-local-version": refuses(`${METADATA} "The use of local versions \u2026 is not allowed"`),
  "metadata-name-mismatch": refuses(`${LEGACY} canonical name of the filename vs Name`),
  "metadata-version-mismatch": refuses(`${LEGACY} "Version in filename should be \u2026"`),
  "metadata-summary": refuses(`${METADATA} _LENGTH_LIMITS; ${PACKAGING} (single line)`),
  "metadata-email": refuses(`${METADATA} email_validator`),
  "metadata-url": refuses(`${METADATA} http.is_valid_uri`),
  "metadata-project-url": refuses(`${METADATA} Project-URL label \u2264 32 characters and a URL`),
  "metadata-direct-url-dependency": refuses(`${METADATA} "Can't have direct dependency"`),
  "metadata-requirement": refuses(`${PACKAGING} (Requires-Dist, Requires-Python)`),
  "metadata-classifier-unknown": refuses(
    `${METADATA} all_classifiers / deprecated_classifiers (error with the index's own list; warning when only the bundled list rejects it)`
  ),
  "metadata-classifier-private": refuses(`${METADATA} (Private :: is in no classifier list)`),
  "metadata-license-conflict": refuses(
    `${METADATA} "License is deprecated when License-Expression is present"`
  ),
  "metadata-license-classifier": accepts(
    "PEP 639 deprecates License classifiers beside License-Expression; PyPI accepts them"
  ),
  "metadata-license-expression": refuses(`${PACKAGING} licenses.canonicalize_license_expression`),
  "metadata-field-version": refuses(
    `${PACKAGING} Metadata.from_raw "\u2026 introduced in metadata version 2.4, not 2.1"; License-File below 2.4 is exempt because uploaders leave it out of the form (twine/package.py, upload-form.ts)`
  ),
  "metadata-dynamic": refuses(`${METADATA} DYNAMIC_FIELDS`),
  "metadata-description-content-type": refuses(`${PACKAGING} (content type, charset, variant)`),
  "description-render": refuses(
    `${LEGACY} "The description failed to render" (readme_renderer, use_fallback=False)`
  ),
  "description-missing": accepts("the project page would be empty"),
  "set-empty": local("nothing to upload"),
  "path-not-found": local("an input path does not exist"),
  "not-a-file": local("an input is a directory where a file was named"),
  "set-projects": refuses("each upload names one project; a mixed set cannot be one release"),
  "set-versions": refuses("each upload names one version; a mixed set cannot be one release"),
  "set-two-sdists": refuses(`${LEGACY} "Only one sdist may be uploaded per release"`),
  "set-too-many-files": local("our limit on one release set"),
  "set-conflicting-files": refuses(`${LEGACY} "File already exists" for the second file of the same name`)
};

// packages/dists/src/upload-form.ts
function metadataFormFields(md) {
  const form = [];
  const declared = getFields(md, "Metadata-Version")[0]?.trim() ?? "";
  const dropLicenseFiles = isKnownMetadataVersion(declared) && !definedIn("2.4", declared);
  for (const field2 of METADATA_FIELDS) {
    if (field2.name === "License-File" && dropLicenseFiles) continue;
    if (field2.name === "Description") {
      if (md.description !== void 0) form.push(["description", md.description]);
      continue;
    }
    for (const value of getFields(md, field2.name)) form.push([field2.form, value]);
  }
  return form;
}

export {
  hashFile,
  parseWheelFilename,
  parseSdistFilename,
  BUNDLED_CLASSIFIERS,
  classifierListFromText,
  hasErrors,
  normalizeName,
  escapeName,
  normalizeVersion,
  mapBounded,
  failingProblems,
  MAX_RELEASE_FILES,
  checkDistributions,
  releaseOf,
  PYPI_ONLY_RULES,
  metadataFormFields,
  config,
  en_default,
  prettifyError,
  _lte,
  _gte,
  _nonnegative,
  _maxLength,
  _minLength,
  _regex,
  string2 as string,
  url,
  base64,
  number2 as number,
  int,
  boolean2 as boolean,
  unknown,
  array,
  object,
  looseObject,
  record,
  _enum,
  literal,
  optional,
  nullable,
  nullish2 as nullish,
  _default,
  refine,
  coerce_exports
};
