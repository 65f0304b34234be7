#!/usr/bin/env python3
"""A local OpenStack control plane: Keystone, Placement and nova-api on 127.0.0.1.

Debian 13's packages (keystone, placement-api, nova-api, uwsgi-plugin-python3), SQLite in WAL
mode, no message queue (transport_url fake://), no compute service. Used by the tests
(tests/support/controlplanefixture.cpp) and by `tools/dev controlplane` (the demo).

  controlplane.py pristine --cache DIR
      make the pristine databases once (about a minute; later calls return at once): DIR/base
      holds Keystone with the admin, service users and the compute and placement endpoints,
      Placement and the Nova API database with cell0 and one cell; DIR/seeded is base plus the
      demo projects and flavors (demo_flavors.py) and the demo fleet in Placement (demo_fleet.py). Stamped with the packages' versions and
      PRISTINE_LAYOUT and demo_flavors.py's hash; rebuilt when they change; safe to call from parallel processes.
  controlplane.py prepare --cache DIR --dir RUN [--state base|seeded] [--token-expiration S]
      copy one state's databases into RUN, choose free ports, point the catalog (and Nova's
      cell mappings) at RUN and its ports, write the configuration and one uWSGI file per
      service. Prints JSON: the services (name, port, uwsgi command, log) and the admin
      credentials. Starts nothing: the caller starts the services and stops them by PID.
  controlplane.py demo [--cache DIR] [--dir RUN]
      prepare the seeded state, start the services, write RUN/clouds.yaml, wait for Ctrl-C,
      stop them.
  controlplane.py bench-fleet [--cache DIR] [--dir RUN] [--roots N] [--nested K] [--delay-ms D]
      the benchmark's cloud (tests/bench/bench_fleet.cpp): base plus N compute nodes with K vGPU
      providers each (demo_fleet.seed_large, cached as DIR/fleet-N-K), Keystone and Placement
      behind tools/delay-proxy.py (D ms each way) when D > 0; RUN/clouds.yaml names cloud
      vdeck-bench; runs until stopped.

Pitfalls this handles (measured): SQLite must be in WAL mode (else Keystone holds a read
transaction and later writes fail with "database is locked"); uWSGI's http-socket needs
"Connection: close" (else connection resets); password_hash_rounds=4 makes a token 0.2 s
instead of 0.6 s; nova-api's keystonemiddleware token cache is off (token_cache_time=-1) so a
revoked token is refused at once, Placement's is on (each validation costs ~0.2 s of Keystone).
"""
import argparse
import fcntl
import hashlib
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import demo_flavors  # noqa: E402
import demo_fleet  # noqa: E402

ADMIN_PASSWORD = 'vdeck-admin'
SERVICE_PASSWORD = 'vdeck-service'
REGION = 'RegionOne'
# Raise when make_base() or make_seeded() change what the pristine databases hold.
PRISTINE_LAYOUT = 2
DATABASES = ('keystone', 'placement', 'nova_api', 'nova_cell0', 'nova')
PACKAGES = ('keystone', 'placement-api', 'nova-api', 'uwsgi-plugin-python3')
SERVICES = {
    # name: (WSGI module, the environment that points it at RUN's configuration file)
    'keystone': ('keystone.wsgi.api:application', ('OS_KEYSTONE_CONFIG_DIR', 'OS_KEYSTONE_CONFIG_FILES=keystone.conf')),
    'placement': ('placement.wsgi.api:application', ('OS_PLACEMENT_CONFIG_DIR',)),
    'nova': ('nova.wsgi.osapi_compute:application', ('OS_NOVA_CONFIG_DIR', 'OS_NOVA_CONFIG_FILES=api-paste.ini;nova.conf')),
}


def log(msg):
    print(f'controlplane: {msg}', file=sys.stderr, flush=True)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def sqlite_url(path):
    return 'sqlite:///' + path


# ---- configuration -------------------------------------------------------------------------

def authtoken_section(ports, user, cache_seconds=-1):
    # nova-api validates every token with Keystone (-1: no cache), so that a token revoked
    # mid-pull is refused at once (tst_cloudclient); Placement caches validated tokens in its
    # process as deployments do (with memcached): without it each request waits ~0.2 s for Keystone.
    return f"""[keystone_authtoken]
www_authenticate_uri = http://127.0.0.1:{ports['keystone']}/v3
auth_url = http://127.0.0.1:{ports['keystone']}/v3
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = {user}
password = {SERVICE_PASSWORD}
region_name = {REGION}
token_cache_time = {cache_seconds}
"""


def write_configs(run, ports, token_expiration=3600):
    db = lambda name: sqlite_url(os.path.join(run, name + '.sqlite'))  # noqa: E731
    common = '[DEFAULT]\nuse_stderr = false\ndebug = false\n'
    files = {
        'keystone.conf': f"""{common}log_file = {run}/keystone-app.log
[database]
connection = {db('keystone')}
[identity]
password_hash_rounds = 4
[token]
provider = fernet
expiration = {token_expiration}
[fernet_tokens]
key_repository = {run}/fernet-keys
[fernet_receipts]
key_repository = {run}/fernet-keys
[credential]
key_repository = {run}/credential-keys
""",
        'placement.conf': f"""{common}log_file = {run}/placement-app.log
[api]
auth_strategy = keystone
[placement_database]
connection = {db('placement')}
{authtoken_section(ports, 'placement', 300)}""",
        'nova.conf': f"""{common}log_file = {run}/nova-app.log
transport_url = fake://
state_path = {run}
[api]
auth_strategy = keystone
[wsgi]
api_paste_config = {run}/api-paste.ini
[api_database]
connection = {db('nova_api')}
[database]
connection = {db('nova')}
[oslo_concurrency]
lock_path = {run}/lock
[keystone]
region_name = {REGION}
valid_interfaces = public
[placement]
auth_type = password
auth_url = http://127.0.0.1:{ports['keystone']}/v3
project_domain_name = Default
user_domain_name = Default
project_name = service
username = placement
password = {SERVICE_PASSWORD}
region_name = {REGION}
{authtoken_section(ports, 'nova')}""",
    }
    for name, text in files.items():
        with open(os.path.join(run, name), 'w') as f:
            f.write(text)
    # nova-api reads its paste pipeline from the first of OS_NOVA_CONFIG_FILES.
    shutil.copyfile('/etc/nova/api-paste.ini', os.path.join(run, 'api-paste.ini'))
    for service, (module, env) in SERVICES.items():
        # nova-api runs on eventlet, whose greenlets cannot switch between uWSGI's threads.
        threads = 1 if service == 'nova' else 4
        env_lines = ''.join(f'env = {e}\n' if '=' in e else f'env = {e}={run}\n' for e in env)
        with open(os.path.join(run, service + '.ini'), 'w') as f:
            f.write(f"""[uwsgi]
plugins = python3
http-socket = 127.0.0.1:{ports[service]}
add-header = Connection: close
module = {module}
{env_lines}master = true
die-on-term = true
no-orphans = true
processes = 1
threads = {threads}
enable-threads = true
buffer-size = 65535
need-app = true
logto = {run}/{service}.log
""")


def uwsgi_command(run, service):
    return ['uwsgi', '--ini', os.path.join(run, service + '.ini')]


# ---- processes ---------------------------------------------------------------------------

def wait_ready(port, path, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f'http://127.0.0.1:{port}{path}', timeout=5) as r:
                r.read()
                return True
        except urllib.error.HTTPError:
            return True  # it answers
        except OSError:
            time.sleep(0.1)
    return False


def start_services(run, ports, names):
    procs = {}
    for name in names:
        procs[name] = subprocess.Popen(uwsgi_command(run, name), stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for name in names:
        if not wait_ready(ports[name], '/v3' if name == 'keystone' else '/'):
            stop_services(procs)
            raise SystemExit(f'{name} did not answer on 127.0.0.1:{ports[name]}; see {run}/{name}.log')
    return procs


def stop_services(procs):
    for p in procs.values():
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs.values():
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


# ---- a small Keystone/Nova client for set-up and seeding -----------------------------------

class Api:
    def __init__(self, ports):
        self.ports = ports
        self.token = None

    def call(self, service, method, path, body=None, microversion=None, expect=(200, 201, 202, 204),
             service_version=None):
        url = f'http://127.0.0.1:{self.ports[service]}{path}'
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header('Content-Type', 'application/json')
        req.add_header('Accept', 'application/json')
        if self.token:
            req.add_header('X-Auth-Token', self.token)
        if microversion:
            req.add_header('OpenStack-API-Version', f'compute {microversion}')
        if service_version:
            req.add_header('OpenStack-API-Version', ' '.join(service_version))
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                text = r.read()
                return json.loads(text) if text else {}, r.headers
        except urllib.error.HTTPError as e:
            if e.code in expect:
                return {}, e.headers
            raise SystemExit(f'{method} {url}: HTTP {e.code}: {e.read()[:400]!r}')

    def login(self):
        body = {'auth': {'identity': {'methods': ['password'], 'password': {'user': {
            'name': 'admin', 'domain': {'id': 'default'}, 'password': ADMIN_PASSWORD}}},
            'scope': {'project': {'name': 'admin', 'domain': {'id': 'default'}}}}}
        _, headers = self.call('keystone', 'POST', '/v3/auth/tokens', body)
        self.token = headers['X-Subject-Token']

    def find(self, collection, name):
        body, _ = self.call('keystone', 'GET', f'/v3/{collection}?name={name}')
        items = body[collection]
        return items[0]['id'] if items else None

    def project(self, name, description=''):
        pid = self.find('projects', name)
        if pid:
            return pid
        body, _ = self.call('keystone', 'POST', '/v3/projects', {'project': {
            'name': name, 'domain_id': 'default', 'description': description}})
        return body['project']['id']


def setup_keystone_objects(api, ports):
    service_project = api.project('service')
    admin_role = api.find('roles', 'admin')
    for user in ('nova', 'placement'):
        body, _ = api.call('keystone', 'POST', '/v3/users', {'user': {
            'name': user, 'domain_id': 'default', 'password': SERVICE_PASSWORD}})
        uid = body['user']['id']
        api.call('keystone', 'PUT', f'/v3/projects/{service_project}/users/{uid}/roles/{admin_role}')
        api.call('keystone', 'PUT', f'/v3/projects/{service_project}/users/{uid}/roles/'
                 + api.find('roles', 'service'))
    for name, stype, port_key, suffix in (('nova', 'compute', 'nova', '/v2.1'),
                                          ('placement', 'placement', 'placement', '')):
        body, _ = api.call('keystone', 'POST', '/v3/services', {'service': {'name': name, 'type': stype}})
        sid = body['service']['id']
        for interface in ('public', 'internal', 'admin'):
            api.call('keystone', 'POST', '/v3/endpoints', {'endpoint': {
                'service_id': sid, 'interface': interface, 'region_id': REGION,
                'url': f'http://127.0.0.1:{ports[port_key]}{suffix}'}})


# ---- pristine states ----------------------------------------------------------------------

def run_tool(args, **kw):
    r = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({r.returncode}):\n{r.stdout[-3000:]}")


def package_stamp():
    versions = subprocess.run(['dpkg-query', '-W', '-f=${Package} ${Version}\n', *PACKAGES],
                              stdout=subprocess.PIPE, text=True).stdout
    seeds = ''
    for name in ('demo_flavors.py', 'demo_fleet.py'):
        with open(os.path.join(HERE, name), 'rb') as f:
            seeds += f'{name} {hashlib.sha256(f.read()).hexdigest()}\n'
    return versions + f'pristine layout {PRISTINE_LAYOUT}\n' + seeds


def wal_and_checkpoint(run):
    for name in DATABASES:
        path = os.path.join(run, name + '.sqlite')
        con = sqlite3.connect(path)
        con.execute('PRAGMA journal_mode=WAL')
        con.execute('PRAGMA wal_checkpoint(TRUNCATE)')
        con.close()


def make_base(run):
    ports = {k: free_port() for k in SERVICES}
    os.makedirs(os.path.join(run, 'lock'), exist_ok=True)
    write_configs(run, ports)
    kconf = ['--config-file', os.path.join(run, 'keystone.conf')]
    run_tool(['keystone-manage', *kconf, 'db_sync'])
    run_tool(['keystone-manage', *kconf, 'fernet_setup', '--keystone-user', 'root', '--keystone-group', 'root'])
    run_tool(['keystone-manage', *kconf, 'credential_setup', '--keystone-user', 'root', '--keystone-group', 'root'])
    run_tool(['keystone-manage', *kconf, 'bootstrap', '--bootstrap-password', ADMIN_PASSWORD,
              '--bootstrap-region-id', REGION,
              '--bootstrap-admin-url', f"http://127.0.0.1:{ports['keystone']}/v3/",
              '--bootstrap-internal-url', f"http://127.0.0.1:{ports['keystone']}/v3/",
              '--bootstrap-public-url', f"http://127.0.0.1:{ports['keystone']}/v3/"])
    run_tool(['placement-manage', '--config-file', os.path.join(run, 'placement.conf'), 'db', 'sync'])
    nconf = ['--config-file', os.path.join(run, 'nova.conf')]
    run_tool(['nova-manage', *nconf, 'api_db', 'sync'])
    run_tool(['nova-manage', *nconf, 'cell_v2', 'map_cell0', '--database_connection',
              sqlite_url(os.path.join(run, 'nova_cell0.sqlite'))])
    run_tool(['nova-manage', *nconf, 'db', 'sync'])
    run_tool(['nova-manage', *nconf, 'cell_v2', 'create_cell', '--name', 'cell1',
              '--transport-url', 'fake://', '--database_connection',
              sqlite_url(os.path.join(run, 'nova.sqlite'))])
    wal_and_checkpoint(run)
    procs = start_services(run, ports, ['keystone'])
    try:
        api = Api(ports)
        api.login()
        setup_keystone_objects(api, ports)
    finally:
        stop_services(procs)
    wal_and_checkpoint(run)
    return ports


def make_seeded(base, seeded):
    shutil.copytree(base, seeded)
    ports = retarget(seeded, {k: free_port() for k in SERVICES})
    procs = start_services(seeded, ports, list(SERVICES))
    try:
        api = Api(ports)
        api.login()
        demo_flavors.seed(api)
        demo_fleet.seed(api)
    finally:
        stop_services(procs)
    wal_and_checkpoint(seeded)


def ensure_pristine(cache):
    os.makedirs(cache, exist_ok=True)
    with open(os.path.join(cache, '.lock'), 'w') as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        stamp_path = os.path.join(cache, 'stamp')
        want = package_stamp()
        if os.path.exists(stamp_path) and open(stamp_path).read() == want:
            return
        start = time.monotonic()
        log(f'making the pristine databases in {cache}')
        for sub in ('base', 'seeded', 'base.new', 'seeded.new'):
            shutil.rmtree(os.path.join(cache, sub), ignore_errors=True)
        os.remove(stamp_path) if os.path.exists(stamp_path) else None
        base_new = os.path.join(cache, 'base.new')
        os.makedirs(base_new)
        make_base(base_new)
        make_seeded(base_new, os.path.join(cache, 'seeded.new'))
        os.rename(base_new, os.path.join(cache, 'base'))
        os.rename(os.path.join(cache, 'seeded.new'), os.path.join(cache, 'seeded'))
        with open(stamp_path, 'w') as f:
            f.write(want)
        log(f'pristine databases ready in {time.monotonic() - start:.0f} s')


# ---- a run directory -------------------------------------------------------------------

def retarget(run, ports, token_expiration=3600):
    """Points the catalog and Nova's cell mappings at RUN and PORTS; rewrites the configuration."""
    con = sqlite3.connect(os.path.join(run, 'keystone.sqlite'))
    rows = con.execute('SELECT endpoint.id, service.type, endpoint.url FROM endpoint '
                       'JOIN service ON endpoint.service_id = service.id').fetchall()
    suffix = {'identity': '/v3/', 'compute': '/v2.1', 'placement': ''}
    key = {'identity': 'keystone', 'compute': 'nova', 'placement': 'placement'}
    for eid, stype, _ in rows:
        con.execute('UPDATE endpoint SET url = ? WHERE id = ?',
                    (f'http://127.0.0.1:{ports[key[stype]]}{suffix[stype]}', eid))
    con.commit()
    con.close()
    con = sqlite3.connect(os.path.join(run, 'nova_api.sqlite'))
    for name in ('nova_cell0', 'nova'):
        cell = 'cell0' if name == 'nova_cell0' else 'cell1'
        con.execute('UPDATE cell_mappings SET database_connection = ? WHERE name = ?',
                    (sqlite_url(os.path.join(run, name + '.sqlite')), cell))
    con.commit()
    con.close()
    os.makedirs(os.path.join(run, 'lock'), exist_ok=True)
    write_configs(run, ports, token_expiration)
    return ports


def prepare(cache, run, state, token_expiration):
    ensure_pristine(cache)
    src = os.path.join(cache, state)
    os.makedirs(run, exist_ok=True)
    for name in DATABASES:
        shutil.copyfile(os.path.join(src, name + '.sqlite'), os.path.join(run, name + '.sqlite'))
    for keys in ('fernet-keys', 'credential-keys'):
        shutil.rmtree(os.path.join(run, keys), ignore_errors=True)
        shutil.copytree(os.path.join(src, keys), os.path.join(run, keys))
    ports = retarget(run, {k: free_port() for k in SERVICES}, token_expiration)
    return {
        'authUrl': f"http://127.0.0.1:{ports['keystone']}/v3",
        'region': REGION,
        'admin': {'username': 'admin', 'password': ADMIN_PASSWORD, 'projectName': 'admin',
                  'userDomainName': 'Default', 'projectDomainName': 'Default'},
        'services': [{'name': s, 'port': ports[s], 'command': uwsgi_command(run, s),
                      'log': os.path.join(run, s + '.log'),
                      'readyPath': '/v3' if s == 'keystone' else '/'} for s in SERVICES],
    }


def clouds_yaml(info):
    a = info['admin']
    return f"""# The local demo control plane (tools/dev controlplane); only valid while it runs.
clouds:
  vdeck-demo:
    auth:
      auth_url: {info['authUrl']}
      username: {a['username']}
      password: {a['password']}
      project_name: {a['projectName']}
      user_domain_name: {a['userDomainName']}
      project_domain_name: {a['projectDomainName']}
    region_name: {info['region']}
    interface: public
    identity_api_version: 3
"""


def run_until_stopped(procs):
    """Waits for Ctrl-C, SIGTERM or a service that died, then stops the services."""
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
    try:
        while not stopping and all(p.poll() is None for p in procs.values()):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    stop_services(procs)


def demo(cache, run):
    info = prepare(cache, run, 'seeded', 3600)
    ports = {s['name']: s['port'] for s in info['services']}
    procs = start_services(run, ports, list(SERVICES))
    path = os.path.join(run, 'clouds.yaml')
    with open(path, 'w') as f:
        f.write(clouds_yaml(info))
    print(f"Control plane running: Keystone {info['authUrl']}, nova-api 127.0.0.1:{ports['nova']}, "
          f"Placement 127.0.0.1:{ports['placement']}\n"
          f"{len(demo_flavors.FLAVORS)} flavors seeded: {len(demo_flavors.BROKEN)} that Nova 31 refuses at "
          f"microversion 2.86 (stored at 2.1), {len(demo_flavors.UNBOOTABLE)} that no server can boot with.\n"
          f"{sum(r[1] for r in demo_fleet.RACKS)} compute nodes in Placement (demo_fleet.py), some with vGPUs, "
          f"PCI in Placement and running instances.\n"
          f"Try: OS_CLIENT_CONFIG_FILE={path} build/dev/bin/vdeckctl cloud lint --cloud vdeck-demo\n"
          f"Ctrl-C stops it.", flush=True)
    run_until_stopped(procs)
    print('Control plane stopped.')


def ensure_large_fleet(cache, roots, nested):
    """A copy of the base databases with the benchmark's fleet (demo_fleet.seed_large), made once
    per size and kept in CACHE/fleet-ROOTS-NESTED (seeding 1,000 nodes takes a few minutes)."""
    ensure_pristine(cache)
    state = f'fleet-{roots}-{nested}'
    target = os.path.join(cache, state)
    with open(os.path.join(cache, '.lock'), 'w') as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        stamp = open(os.path.join(cache, 'stamp')).read()
        if os.path.exists(os.path.join(target, 'stamp')) and open(os.path.join(target, 'stamp')).read() == stamp:
            return state
        shutil.rmtree(target, ignore_errors=True)
        new = target + '.new'
        shutil.rmtree(new, ignore_errors=True)
        shutil.copytree(os.path.join(cache, 'base'), new)
        ports = retarget(new, {k: free_port() for k in SERVICES})
        procs = start_services(new, ports, list(SERVICES))
        start = time.monotonic()
        try:
            api = Api(ports)
            api.login()
            count = demo_fleet.seed_large(api, roots, nested)
        finally:
            stop_services(procs)
        wal_and_checkpoint(new)
        with open(os.path.join(new, 'stamp'), 'w') as f:
            f.write(stamp)
        os.rename(new, target)
        log(f'seeded {count} resource providers in {time.monotonic() - start:.0f} s')
        return state


def bench_fleet(cache, run, roots, nested, delay_ms):
    """The benchmark's cloud: the large fleet, Keystone and Placement behind tools/delay-proxy.py
    (DELAY_MS each way, so the round trip is twice that) when DELAY_MS > 0; the catalog names
    the proxies. Writes RUN/clouds.yaml (cloud vdeck-bench) and runs until stopped."""
    state = ensure_large_fleet(cache, roots, nested)
    info = prepare(cache, run, state, 3600)
    ports = {s['name']: s['port'] for s in info['services']}
    proxies = []
    auth_url = info['authUrl']
    if delay_ms > 0:
        front = {}
        for name in ('keystone', 'placement'):
            front[name] = free_port()
            proxies.append(subprocess.Popen([sys.executable, os.path.join(HERE, 'delay-proxy.py'), '--target',
                                             f'127.0.0.1:{ports[name]}', '--delay-ms', str(delay_ms),
                                             '--port', str(front[name])], stdout=subprocess.PIPE,
                                            stderr=subprocess.DEVNULL))
            proxies[-1].stdout.readline()  # "listening on ..."
        con = sqlite3.connect(os.path.join(run, 'keystone.sqlite'))
        for stype, name, suffix in (('identity', 'keystone', '/v3/'), ('placement', 'placement', '')):
            con.execute('UPDATE endpoint SET url = ? WHERE service_id IN (SELECT id FROM service WHERE type = ?)',
                        (f'http://127.0.0.1:{front[name]}{suffix}', stype))
        con.commit()
        con.close()
        auth_url = f"http://127.0.0.1:{front['keystone']}/v3"
    procs = start_services(run, ports, list(SERVICES))
    path = os.path.join(run, 'clouds.yaml')
    with open(path, 'w') as f:
        f.write(clouds_yaml(dict(info, authUrl=auth_url)).replace('vdeck-demo:', 'vdeck-bench:'))
    print(f'Benchmark cloud running: {roots} compute nodes with {nested} vGPU providers each, '
          f'round trip {2 * delay_ms} ms added. OS_CLIENT_CONFIG_FILE={path} (cloud vdeck-bench). '
          f'Ctrl-C stops it.', flush=True)
    run_until_stopped(procs)
    for p in proxies:
        p.terminate()
        p.wait()
    print('Benchmark cloud stopped.')


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest='cmd', required=True)
    p = sub.add_parser('pristine')
    p.add_argument('--cache', required=True)
    p = sub.add_parser('prepare')
    p.add_argument('--cache', required=True)
    p.add_argument('--dir', required=True)
    p.add_argument('--state', choices=('base', 'seeded'), default='seeded')
    p.add_argument('--token-expiration', type=int, default=3600)
    p = sub.add_parser('demo')
    p.add_argument('--cache', default=os.path.join(HERE, '..', 'build', 'controlplane'))
    p.add_argument('--dir', default='/tmp/vdeck-controlplane')
    p = sub.add_parser('bench-fleet')
    p.add_argument('--cache', default=os.path.join(HERE, '..', 'build', 'controlplane'))
    p.add_argument('--dir', default='/tmp/vdeck-bench-fleet')
    p.add_argument('--roots', type=int, default=1000)
    p.add_argument('--nested', type=int, default=4)
    p.add_argument('--delay-ms', type=int, default=5, help='added each way (round trip: twice that)')
    a = ap.parse_args()
    if a.cmd == 'pristine':
        ensure_pristine(os.path.abspath(a.cache))
    elif a.cmd == 'prepare':
        print(json.dumps(prepare(os.path.abspath(a.cache), os.path.abspath(a.dir), a.state, a.token_expiration)))
    elif a.cmd == 'bench-fleet':
        bench_fleet(os.path.abspath(a.cache), os.path.abspath(a.dir), a.roots, a.nested, a.delay_ms)
    else:
        demo(os.path.abspath(a.cache), os.path.abspath(a.dir))


if __name__ == '__main__':
    main()
