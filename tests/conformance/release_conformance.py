#!/usr/bin/env python3
"""Stage A by release: every release's registry and `vdeckctl lint --release R --json` judge the
same generated extra specs; the keys each rejects must be the same, for 23 .. 33 and master.

Nova side: the API schema (flavors_extraspecs.create, with jsonschema) and then
nova.api.validation.extra_specs.validators.validate, one key at a time, as POST os-extra_specs
does at microversion >= 2.86. Offline (CI) the registry is the release's committed catalogue
(resources/catalog/nova-<major>.json) turned back into Nova's own objects: Nova 31's
base.ExtraSpecValidator built from each entry's name, description, value (type, enum, pattern,
min, max), deprecated and parameters, in registry order, with the catalogue's namespaces, run
by Nova 31's validators.validate. That is faithful because validation reads nothing else:
base.py and validators.py are the same code at every tag from 23.0.0 to master (type annotations
aside), and tools/gen-catalog.py refuses a value with any other key. With --trees DIR (made by
`tools/gen-catalog.py extract`) each release runs its tag's own modules instead, in a child
interpreter: the check of that argument.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import warnings

warnings.filterwarnings('ignore')

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
RELEASES = list(range(23, 35))
BAD_VALUES = ['', 'bogus', '-1', '0', '1', '9999', 'true', 'x' * 256, 'amd-sev-snp', '1,2', '^0', '2MB']


def catalogue(major):
    with open(os.path.join(SOURCE, 'resources', 'catalog', f'nova-{major}.json'), encoding='utf-8') as f:
        return json.load(f)


# --- the corpus ---------------------------------------------------------------------------------

def parameter_value(pattern, rng):
    for candidate in rng.sample(['0', '1', '7', 'grp1', 'A_1', ':x'], 6) + ['', 'x']:
        if re.fullmatch(pattern, candidate):
            return candidate
    raise SystemExit(f'no sample value for parameter pattern {pattern!r}')


def key_of(v, rng):
    name = v['name']
    for p in v.get('parameters', []):
        name = name.replace('{' + p['name'] + '}', parameter_value(p['pattern'], rng))
    return name


def good_value(v, rng):
    if v['type'] == 'bool':
        return rng.choice(['true', 'false', 'yes', '0'])
    if v['type'] == 'int':
        lo = v.get('min', 0)
        return str(rng.randint(lo, v.get('max', lo + 64)))
    if 'enum' in v:
        return rng.choice(v['enum'])
    return rng.choice(['1', 'a', '0-1', 'large', 'any:1'])


def every_validator():
    """The union of all releases' validators, one entry per name (the newest)."""
    out = {}
    for major in RELEASES:
        for v in catalogue(major)['validators']:
            out[v['name']] = v
    return [out[n] for n in sorted(out)]


def generate_cases(rng, count):
    validators = every_validator()
    traits = [v for v in validators if v['name'].startswith('trait')]
    others = [v for v in validators if not v['name'].startswith('trait')]
    extra = ['hw:cpu_max_sockets', 'hw:cpu_max_cores', 'hw:max_cpu_threads', 'hw:no_such_key', 'vendor:free',
             'unknownns:x', 'group_policy', 'hide_hypervisor_id', 'hw:foo', 'bad key!', 'k' * 256, 'trait:CUSTOM_X1']
    cases = []
    # Every validator at least once with a good value and once with a bad one.
    for v in others:
        cases.append([(key_of(v, rng), good_value(v, rng))])
        cases.append([(key_of(v, rng), rng.choice(BAD_VALUES))])
    while len(cases) < count:
        specs = []
        for _ in range(rng.randint(1, 4)):
            r = rng.random()
            if r < 0.1:
                specs.append((rng.choice(extra), rng.choice(['2', 'required', 'bogus', 'true'])))
            elif r < 0.2:
                specs.append((key_of(rng.choice(traits), rng), rng.choice(['required', 'forbidden', 'maybe'])))
            else:
                v = rng.choice(others)
                specs.append((key_of(v, rng), good_value(v, rng) if rng.random() < 0.7 else rng.choice(BAD_VALUES)))
        cases.append(specs)
    return [{'name': f'case-{i:04d}', 'specs': list(dict(s).items())} for i, s in enumerate(cases)]


# --- Nova's verdict -----------------------------------------------------------------------------

def registry_from_catalogue(cat):
    """Nova 31's validators module with the catalogue's registry as its VALIDATORS/NAMESPACES."""
    from nova.api.validation.extra_specs import base, validators
    types = {'int': int, 'str': str, 'bool': bool}
    registry = {}
    for e in cat['validators']:
        value = {'type': types[e['type']]}
        for k in ('enum', 'pattern', 'min', 'max'):
            if k in e:
                value[k] = e[k]
        v = base.ExtraSpecValidator(name=e['name'], description=e['description'], value=value,
                                    deprecated=e['deprecated'], parameters=e.get('parameters', []))
        if v.name_regex != e['nameRegex']:
            raise SystemExit(f'{e["name"]}: name regex {v.name_regex!r} differs from the catalogue')
        registry[v.name] = v
    validators.VALIDATORS = registry
    validators.NAMESPACES = set(cat['namespaces'])
    return validators


def rejected_keys(validators, schema, case):
    import jsonschema
    from nova import exception
    out = []
    for key, value in case['specs']:
        if list(jsonschema.Draft4Validator(schema).iter_errors({key: value})):
            out.append(key)
            continue
        try:
            validators.validate(key, value)
        except exception.ValidationError:
            out.append(key)
    return sorted(out)


def nova_verdicts(major, cases, trees):
    if trees:  # the tag's own modules, in a fresh interpreter
        with tempfile.NamedTemporaryFile('w', suffix='.json', delete=False) as f:
            json.dump(cases, f)
        r = subprocess.run([sys.executable, __file__, '--tag-child', os.path.join(trees, str(major)), f.name],
                           capture_output=True, text=True)
        os.unlink(f.name)
        if r.returncode != 0:
            sys.exit(f'release {major}: the tag\'s registry did not run:\n{r.stderr}')
        return json.loads(r.stdout)
    cat = catalogue(major)
    validators = registry_from_catalogue(cat)
    return {c['name']: rejected_keys(validators, cat['apiSchema']['extraSpecs'], c) for c in cases}


def tag_child(tree, cases_path):
    sys.path.insert(0, os.path.join(SOURCE, 'tools'))
    import importlib.util
    spec = importlib.util.spec_from_file_location('gen_catalog', os.path.join(SOURCE, 'tools', 'gen-catalog.py'))
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    validators, schemas = gen.load_tree(tree)
    with open(cases_path, encoding='utf-8') as f:
        cases = json.load(f)
    schema = schemas.create['properties']['extra_specs']
    json.dump({c['name']: rejected_keys(validators, schema, c) for c in cases}, sys.stdout)
    return 0


# --- vDeck's verdict ----------------------------------------------------------------------------

def vdeck_verdicts(vdeckctl, major, cases):
    lib = {'format': 'vdeck-flavors', 'version': 1, 'notes': 'release conformance corpus', 'flavors': [
        {'name': c['name'], 'vcpus': 2, 'ramMb': 2048, 'diskGb': 0, 'extraSpecs': [list(p) for p in c['specs']],
         'instanceShape': {'imageProperties': [], 'ports': []}} for c in cases]}
    release = 'master' if major == 34 else str(major)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'corpus.json')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(lib, f)
        r = subprocess.run([vdeckctl, 'lint', path, '--release', release, '--json'], capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f'vdeckctl lint failed ({r.returncode}): {r.stderr}')
    out = {}
    for entry in json.loads(r.stdout):
        keys = set()
        for f in entry['findings']:
            if f['severity'] == 'error' and f['stage'] == 'A':
                keys.update(f['keys'])
        out[entry['flavor']] = sorted(keys)
    return out


def main():
    if len(sys.argv) == 4 and sys.argv[1] == '--tag-child':
        return tag_child(sys.argv[2], sys.argv[3])
    ap = argparse.ArgumentParser()
    ap.add_argument('vdeckctl')
    ap.add_argument('--cases', type=int, default=700)
    ap.add_argument('--seed', type=int, default=20261203)
    ap.add_argument('--trees', help='extracted release trees: run each tag\'s own registry modules')
    ap.add_argument('--release', type=int, action='append', help='only these majors (default: 23..34)')
    args = ap.parse_args()
    cases = generate_cases(random.Random(args.seed), args.cases)
    failed = False
    for major in args.release or RELEASES:
        theirs = nova_verdicts(major, cases, args.trees)
        ours = vdeck_verdicts(args.vdeckctl, major, cases)
        bad = [c for c in cases if theirs[c['name']] != ours.get(c['name'])]
        rejected = sum(1 for c in cases if theirs[c['name']])
        agree = len(cases) - len(bad)
        print(f'nova {major}: {len(cases)} cases, {rejected} rejected at stage A by Nova, '
              f'agreement {agree}/{len(cases)} ({100.0 * agree / len(cases):.2f}%)'
              + (' [tag modules]' if args.trees else ' [catalogue data]'))
        for c in bad[:15]:
            print(f'  DISAGREE {c["name"]} {c["specs"]}: nova rejects {theirs[c["name"]]}, vdeck {ours.get(c["name"])}')
        failed = failed or bool(bad)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
