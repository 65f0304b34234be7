#!/usr/bin/env python3
"""Writes vDeck's extra-spec catalogues (resources/catalog/nova-<major>.json), one per Nova
release, from Nova's own validator registry at that release's tag.

A release's registry is its nova/api/validation/extra_specs/*.py plus nova/objects/fields.py
(the enums) and the validator modules its setup.cfg or pyproject.toml lists; its API schema for
extra specs is nova/api/openstack/compute/schemas/flavors_extraspecs.py on
nova/api/validation/parameter_types.py. The installed Nova (Debian 13's python3-nova, Nova 31, in
the build root) runs any release's registry when those files are loaded over it: besides the
standard library, oslo and stevedore, the registry modules import only base.py, fields.py,
nova.exception, os-traits and os-resource-classes (fields.py also nova.network.model and
nova.virt.arch, and parameter_types.py nova.objects.tag: those stay Nova 31's), and
base.py/validators.py have had the same code from 23.0.0 to master (type annotations aside).
Nova's code is never committed: only the catalogues, each recording its tag and commit.

  extract NOVA_GIT TREES     (on the host, needs git) the files above of every release in
                             RELEASES into TREES/<major>/, with TREES/<major>/vdeck-source.json
  write TREES CATALOG_DIR    (in the build root) every release's catalogue from TREES
  check [--trees TREES] CATALOG_DIR
                             exit 1 when a committed catalogue differs from its regeneration:
                             the installed Nova's release always (its commit cannot be known from
                             the package, so it is taken from the committed file once the tag
                             matches the installed version), every release when TREES is given
  installed OUT.json|-       the installed Nova's registry (source: the package version)
  dump-tree TREE             (internal) one tree's catalogue on stdout, in this interpreter

Traits and resource classes come from the installed os-traits and os-resource-classes (recorded
in `libraries`), not from the versions each release required.
"""
import configparser
import importlib
import importlib.util
import json
import os
import subprocess
import sys
import types

# (major, git ref): the release tags vDeck offers, and master at a pinned commit.
RELEASES = [(major, f'{major}.0.0') for major in range(23, 34)] + [
    (34, '00a030403f672b975364c855b7d25b40ef83e757'),  # master, 2026-08-21
]
MASTER_MAJOR = 34
TREE_PATHS = [
    'setup.cfg',        # entry points up to 32.0.0
    'pyproject.toml',   # entry points from 33.0.0
    'nova/api/validation/extra_specs',
    'nova/objects/fields.py',
    'nova/api/validation/parameter_types.py',
    'nova/api/openstack/compute/schemas/flavors_extraspecs.py',
]
VALUE_KEYS = {'type', 'enum', 'pattern', 'min', 'max', 'description'}


def value_type(t):
    return {int: 'int', str: 'str', bool: 'bool'}[t]


def entry(v):
    value = v.value
    # Validation reads only type, enum, pattern, min and max (base.py): refuse anything else, so
    # that the catalogue is the whole registry as data.
    unknown = set(value) - VALUE_KEYS
    if unknown:
        raise SystemExit(f'{v.name}: value keys {sorted(unknown)} are not in the catalogue format')
    out = {
        'name': v.name,
        'nameRegex': v.name_regex,
        'description': v.description,
        'type': value_type(value['type']),
        'deprecated': bool(v.deprecated),
    }
    if 'enum' in value:
        if not all(isinstance(x, str) for x in value['enum']):
            raise SystemExit(f'{v.name}: enum {value["enum"]!r} holds non-strings')
        out['enum'] = list(value['enum'])
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


def api_schema(schemas_module):
    """What POST /flavors/{id}/os-extra_specs checks before any validator."""
    schema = schemas_module.create['properties']['extra_specs']
    (key_pattern, value_schema), = schema['patternProperties'].items()
    if schema.get('additionalProperties') is not False:
        raise SystemExit('flavors_extraspecs.create accepts keys outside its pattern')
    return {
        'source': 'nova/api/openstack/compute/schemas/flavors_extraspecs.py: create.properties.extra_specs',
        'extraSpecs': schema,
        'keyPattern': key_pattern,
        'valueMaxLength': value_schema['maxLength'],
    }


def library_versions():
    from importlib import metadata
    return {name: metadata.version(name) for name in ('os-traits', 'os-resource-classes')}


def catalog_of(version, major, source, validators, schemas_module):
    return {
        'format': 'vdeck-extra-spec-catalog',
        'formatVersion': 2,
        'nova': version,
        'novaMajor': major,
        'source': source,
        'libraries': library_versions(),
        'apiSchema': api_schema(schemas_module),
        'unnamespacedValidated': sorted(n for n in validators.VALIDATORS if ':' not in n),
        'namespaces': sorted(validators.NAMESPACES),
        'validators': [entry(v) for v in validators.VALIDATORS.values()],
    }


def text_of(catalog):
    return json.dumps(catalog, indent=1, sort_keys=False, ensure_ascii=False) + '\n'


def installed_catalog():
    from nova import version
    from nova.api.openstack.compute.schemas import flavors_extraspecs
    from nova.api.validation.extra_specs import validators
    v = version.version_string()
    return catalog_of(v, int(v.split('.')[0]), {'package': f'python3-nova {v}'}, validators, flavors_extraspecs)


# --- one release's tree, run by the installed Nova ------------------------------------------

def load_file_as(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, leaf = name.rpartition('.')
    setattr(sys.modules[parent], leaf, module)
    return module


def tree_entry_points(tree):
    group = 'nova.api.extra_spec_validators'
    pyproject = os.path.join(tree, 'pyproject.toml')
    if os.path.exists(pyproject):
        import tomllib
        with open(pyproject, 'rb') as f:
            points = tomllib.load(f).get('project', {}).get('entry-points', {}).get(group)
        if points:
            return list(points.items())
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.read(os.path.join(tree, 'setup.cfg'))
    out = []
    for line in cfg['entry_points'][group].strip().splitlines():
        name, _, target = (s.strip() for s in line.partition('='))
        out.append((name, target))
    return out


class TreeExtensions:
    """stevedore.extension.ExtensionManager over the tree's own entry points (pyproject.toml or
    setup.cfg) instead of the installed package's, in file order (the order stevedore yields
    the installed ones: the installed Nova's catalogue equals its tag's)."""

    def __init__(self, namespace, tree, **_kwargs):
        if namespace != 'nova.api.extra_spec_validators':
            raise SystemExit(f'unexpected entry-point namespace {namespace}')
        self.extensions = [types.SimpleNamespace(name=n, plugin=importlib.import_module(t))
                           for n, t in tree_entry_points(tree)]

    def __iter__(self):
        return iter(self.extensions)


def load_tree(tree):
    """The tree's registry (its validators module) and API schema module, loaded into this
    interpreter over the installed Nova."""
    # The installed packages the swapped modules go in, imported before any swap (their
    # __init__ modules import much of Nova 31, which needs Nova 31's own fields).
    import nova.api.openstack.compute.schemas  # noqa: F401
    import nova.api.validation  # noqa: F401
    import nova.objects  # noqa: F401
    import stevedore.extension
    for name in [m for m in sys.modules if m.startswith('nova.api.validation.extra_specs')]:
        del sys.modules[name]
    load_file_as('nova.objects.fields', os.path.join(tree, 'nova/objects/fields.py'))
    package_dir = os.path.join(tree, 'nova/api/validation/extra_specs')
    spec = importlib.util.spec_from_file_location('nova.api.validation.extra_specs',
                                                  os.path.join(package_dir, '__init__.py'),
                                                  submodule_search_locations=[package_dir])
    package = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = package
    spec.loader.exec_module(package)
    nova.api.validation.extra_specs = package
    stevedore.extension.ExtensionManager = lambda namespace, **kw: TreeExtensions(namespace, tree, **kw)
    validators = importlib.import_module('nova.api.validation.extra_specs.validators')
    load_file_as('nova.api.validation.parameter_types', os.path.join(tree, 'nova/api/validation/parameter_types.py'))
    flavors_extraspecs = load_file_as('nova.api.openstack.compute.schemas.flavors_extraspecs',
                                      os.path.join(tree, 'nova/api/openstack/compute/schemas/flavors_extraspecs.py'))
    return validators, flavors_extraspecs


def tree_catalog(tree):
    with open(os.path.join(tree, 'vdeck-source.json'), encoding='utf-8') as f:
        source = json.load(f)
    validators, flavors_extraspecs = load_tree(tree)
    major = source['major']
    version = 'master' if major == MASTER_MAJOR else source['tag']
    return catalog_of(version, major, {'tag': source['tag'], 'commit': source['commit']}, validators, flavors_extraspecs)


def run_tree(tree):
    """A tree's catalogue text, made in a fresh interpreter (module swaps stay there)."""
    r = subprocess.run([sys.executable, os.path.abspath(__file__), 'dump-tree', tree],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f'{tree}: the registry did not load:\n{r.stderr}')
    return r.stdout


# --- commands -----------------------------------------------------------------------------------

def extract(nova_git, trees):
    def git(*args, **kw):
        return subprocess.run(['git', '--git-dir', nova_git, *args], check=True, **kw)
    for major, ref in RELEASES:
        commit = git('rev-parse', '--verify', f'{ref}^{{commit}}', capture_output=True, text=True).stdout.strip()
        out = os.path.join(trees, str(major))
        os.makedirs(out, exist_ok=True)
        paths = [p for p in TREE_PATHS
                 if git('ls-tree', '--name-only', commit, p, capture_output=True, text=True).stdout.strip()]
        archive = git('archive', '--format=tar', commit, *paths, capture_output=True).stdout
        subprocess.run(['tar', '-x', '-C', out], input=archive, check=True)
        tag = 'master' if major == MASTER_MAJOR else ref
        with open(os.path.join(out, 'vdeck-source.json'), 'w', encoding='utf-8') as f:
            json.dump({'major': major, 'tag': tag, 'commit': commit}, f)
        print(f'{out}: {tag} {commit}')
    return 0


def catalogue_path(catalog_dir, major):
    return os.path.join(catalog_dir, f'nova-{major}.json')


def write(trees, catalog_dir):
    for major, _ in RELEASES:
        text = run_tree(os.path.join(trees, str(major)))
        with open(catalogue_path(catalog_dir, major), 'w', encoding='utf-8') as f:
            f.write(text)
        print(f'wrote {catalogue_path(catalog_dir, major)}')
    return 0


def read(path):
    try:
        with open(path, encoding='utf-8') as f:
            return f.read()
    except FileNotFoundError:
        return None


def check(catalog_dir, trees):
    stale = []
    wanted = {f'nova-{major}.json' for major, _ in RELEASES}
    present = {n for n in os.listdir(catalog_dir) if n.startswith('nova-') and n.endswith('.json')}
    for name in sorted(present - wanted):
        stale.append(f'{name} is no release of RELEASES')
    for name in sorted(wanted - present):
        stale.append(f'{name} is missing')
    fresh = installed_catalog()
    installed_path = path = catalogue_path(catalog_dir, fresh['novaMajor'])
    committed = read(path)
    if committed is not None:
        source = json.loads(committed).get('source', {})
        if source.get('tag') != fresh['nova']:
            stale.append(f'{path} records tag {source.get("tag")}, the installed Nova is {fresh["nova"]}')
        else:
            fresh['source'] = source
            if text_of(fresh) != committed:
                stale.append(f'{path} differs from the installed Nova {fresh["nova"]}')
    if trees:
        for major, _ in RELEASES:
            path = catalogue_path(catalog_dir, major)
            if run_tree(os.path.join(trees, str(major))) != read(path):
                stale.append(f'{path} differs from its tag\'s registry')
    for line in stale:
        print(line)
    if stale:
        print('regenerate: tools/gen-catalog.py extract NOVA_GIT build/nova-trees (host), then '
              'tools/dev exec -- python3 tools/gen-catalog.py write build/nova-trees resources/catalog')
        return 1
    print(f'{installed_path} matches the installed Nova {fresh["nova"]}' + (
        f'; all {len(RELEASES)} catalogues match their tags' if trees else
        '; the other releases are not checked (give --trees)'))
    return 0


def main(argv):
    if len(argv) == 4 and argv[1] == 'extract':
        return extract(argv[2], argv[3])
    if len(argv) == 4 and argv[1] == 'write':
        return write(argv[2], argv[3])
    if len(argv) == 3 and argv[1] == 'check':
        return check(argv[2], None)
    if len(argv) == 5 and argv[1] == 'check' and argv[2] == '--trees':
        return check(argv[4], argv[3])
    if len(argv) == 3 and argv[1] == 'dump-tree':
        sys.stdout.write(text_of(tree_catalog(argv[2])))
        return 0
    if len(argv) == 3 and argv[1] == 'installed':
        text = text_of(installed_catalog())
        if argv[2] == '-':
            sys.stdout.buffer.write(text.encode('utf-8'))
        else:
            with open(argv[2], 'w', encoding='utf-8') as f:
                f.write(text)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
