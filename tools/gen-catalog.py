#!/usr/bin/env python3
"""Writes vDeck's extra-spec catalogue from Nova's own validator registry.

Run inside the build root (tools/dev exec -- python3 tools/gen-catalog.py OUT.json, or `-` for
stdout; tools/gen-catalog-zed.sh runs it in the Debian 12 root for Nova 26):
it imports nova.api.validation.extra_specs.validators, which loads every registered
validator, and dumps them in registry order (Nova's linear search is order-sensitive).
"""
import json
import sys


def value_type(t):
    return {int: 'int', str: 'str', bool: 'bool'}[t]


def entry(v):
    value = v.value
    out = {
        'name': v.name,
        'nameRegex': v.name_regex,
        'description': v.description,
        'type': value_type(value['type']),
        'deprecated': bool(v.deprecated),
    }
    if 'enum' in value:
        out['enum'] = [str(x) for x in value['enum']]
    if 'pattern' in value:
        out['pattern'] = value['pattern']
    for bound in ('min', 'max'):
        if bound in value:
            out[bound] = value[bound]
    if v.parameters:
        out['parameters'] = [
            {'name': p['name'], 'pattern': p['pattern'],
             'description': p.get('description', '')}
            for p in v.parameters
        ]
    return out


def main(argv):
    if len(argv) != 2:
        print('usage: gen-catalog.py OUT.json|-', file=sys.stderr)
        return 2
    from nova import version
    from nova.api.validation.extra_specs import validators
    catalog = {
        'format': 'vdeck-extra-spec-catalog',
        'formatVersion': 1,
        'nova': version.version_string(),
        'unnamespacedValidated': sorted(
            n for n in validators.VALIDATORS if ':' not in n),
        'namespaces': sorted(validators.NAMESPACES),
        'validators': [entry(v) for v in validators.VALIDATORS.values()],
    }
    text = json.dumps(catalog, indent=1, sort_keys=False, ensure_ascii=False) + '\n'
    if argv[1] == '-':
        sys.stdout.buffer.write(text.encode('utf-8'))
    else:
        with open(argv[1], 'w', encoding='utf-8') as f:
            f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
