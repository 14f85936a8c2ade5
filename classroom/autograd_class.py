"""The code behind classroom/jupyterhub_config.py: JupyterHub's LocalProcessSpawner, with what a class needs on top.

- The lecture's notebooks are copied into each student's home when their server starts: a notebook already there is
  never overwritten (so a student's work is never lost, and deleting one brings the teacher's copy back), and nothing
  is written through a link the student planted (the hub runs as root).
- The student's home is made private (0700), and the server and its kernels create private files (umask 077).
- Limits per student, on their server and every kernel it starts: memory, CPU and a count of processes, in a cgroup
  of their own nested in the hub's, where the hub can make one (cgroup v1 or v2, as root); else at least the count of
  processes (RLIMIT_NPROC). Each kernel limits itself too (its JVM's heap and the rest: scripts/autograd-kernel).
"""
import os
import resource

from jupyterhub.spawner import LocalProcessSpawner
from traitlets import Integer, Unicode


def copy_exercises(source, home, uid, gid, folder, log, who=""):
    """Copies each notebook of source missing from home/folder, as the student's own file (0600); returns their names.

    Runs as root on a folder the student controls: every step goes through file descriptors opened without
    following links (a link the student put there is refused), and files are created, never opened if they exist.
    """
    copied = []
    try:
        home_fd = os.open(home, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError as e:
        log.warning("autograd: no exercises for %s: their home %s cannot be opened (%s)", who or uid, home, e)
        return copied
    try:
        if os.fstat(home_fd).st_uid != uid:
            log.warning("autograd: no exercises for %s: %s is not their own folder", who or uid, home)
            return copied
        os.fchmod(home_fd, 0o700)                              # the student's home is theirs alone
        made = False
        try:
            os.mkdir(folder, 0o700, dir_fd=home_fd)
            made = True
        except FileExistsError:
            pass
        dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=home_fd)
        try:
            if made:
                os.fchown(dir_fd, uid, gid)
            elif os.fstat(dir_fd).st_uid != uid:
                log.warning("autograd: no exercises for %s: %s/%s is not their own folder", who or uid, home, folder)
                return copied
            for name in sorted(os.listdir(source)):
                if not name.endswith(".ipynb"):
                    continue
                try:
                    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600, dir_fd=dir_fd)
                except FileExistsError:
                    continue                                   # the student's own copy: never overwritten
                with os.fdopen(fd, "wb") as out, open(os.path.join(source, name), "rb") as src:
                    os.fchown(out.fileno(), uid, gid)
                    out.write(src.read())
                copied.append(name)
        finally:
            os.close(dir_fd)
    except OSError as e:
        log.warning("autograd: exercises for %s stopped at %s: %s", who or uid, home, e)
    finally:
        os.close(home_fd)
    return copied


class Cgroups:
    """A cgroup per student for their server and kernels, made under the hub's own cgroup (so it never escapes a
    limit the hub itself runs under): cgroup v1's memory, cpu and pids hierarchies, or cgroup v2's unified one."""

    CONTROLLERS = ("memory", "cpu", "pids")

    def __init__(self, parent, log):
        self.parent, self.log = parent, log
        self.v1, self.v2 = {}, None
        with open("/proc/self/mounts") as mounts:
            for line in mounts:
                _, path, kind, options = line.split()[:4]
                if kind == "cgroup":
                    for option in options.split(","):
                        if option in self.CONTROLLERS:
                            self.v1[option] = path
                elif kind == "cgroup2" and self.v2 is None:
                    self.v2 = path
        self.own = {}
        with open("/proc/self/cgroup") as cgroup:
            for line in cgroup:
                _, controllers, path = line.rstrip("\n").split(":", 2)
                for controller in controllers.split(",") if controllers else [""]:
                    self.own[controller] = path
        if self.v2 and not set(self.CONTROLLERS) - set(self.v1):
            self.v2 = None                                     # a hybrid set-up: the controllers are all on v1

    def prepare(self, user, memory, cpus, processes):
        """Makes the student's cgroup with these limits (memory in bytes and cpus: 0 for none); returns the
        cgroup.procs files a process writes itself into to join it, or [] where no cgroup can be made here."""
        try:
            if self.v1:
                return self._v1(user, memory, cpus, processes)
            if self.v2:
                return self._v2(user, memory, cpus, processes)
            self.log.warning("autograd: no cgroups here, so no memory or CPU limit for %s's server", user)
        except OSError as e:
            self.log.warning("autograd: no cgroup for %s (%s): their kernels are limited by their JVMs alone", user, e)
        return []

    def _v1(self, user, memory, cpus, processes):
        procs = []
        for controller, mount in self.v1.items():
            folder = os.path.join(mount + self.own.get(controller, "/"), self.parent, user)
            os.makedirs(folder, exist_ok=True)
            if controller == "memory" and memory:
                write(folder, "memory.limit_in_bytes", memory)
            if controller == "cpu" and cpus:
                write(folder, "cpu.cfs_period_us", 100000)
                write(folder, "cpu.cfs_quota_us", int(cpus * 100000))
            if controller == "pids" and processes:
                write(folder, "pids.max", processes)
            procs.append(os.path.join(folder, "cgroup.procs"))
        return procs

    def _v2(self, user, memory, cpus, processes):
        base = self.v2 + self.own.get("", "/")
        enable = "".join(" +" + c for c in self.CONTROLLERS if c in read(base, "cgroup.controllers").split()).strip()
        try:
            write(base, "cgroup.subtree_control", enable)
        except OSError:
            # a cgroup with processes in it cannot hand controllers down (v2's rule): the hub and its proxy move
            # into a leaf of their own first. Under systemd, give the hub's unit Delegate=yes.
            leaf = os.path.join(base, "hub")
            os.makedirs(leaf, exist_ok=True)
            for pid in read(base, "cgroup.procs").split():
                try:
                    write(leaf, "cgroup.procs", pid)
                except OSError:
                    pass                                       # a process that ended meanwhile
            write(base, "cgroup.subtree_control", enable)
        group = os.path.join(base, self.parent)
        os.makedirs(group, exist_ok=True)
        write(group, "cgroup.subtree_control", enable)
        folder = os.path.join(group, user)
        os.makedirs(folder, exist_ok=True)
        if memory:
            write(folder, "memory.max", memory)
        if cpus:
            write(folder, "cpu.max", "%d 100000" % int(cpus * 100000))
        if processes:
            write(folder, "pids.max", processes)
        return [os.path.join(folder, "cgroup.procs")]

    def remove(self, user):
        """Removes the student's cgroup once it is empty (after their server stopped); a busy one stays."""
        folders = [os.path.join(m + self.own.get(c, "/"), self.parent, user) for c, m in self.v1.items()]
        if self.v2:
            folders.append(os.path.join(self.v2 + self.own.get("", "/"), self.parent, user))
        for folder in folders:
            try:
                os.rmdir(folder)
            except OSError:
                pass


def read(folder, name):
    with open(os.path.join(folder, name)) as f:
        return f.read()


def write(folder, name, value):
    with open(os.path.join(folder, name), "w") as f:
        f.write(str(value))


class ClassSpawner(LocalProcessSpawner):
    """LocalProcessSpawner, with the exercises copied in and the student's limits set before their server starts."""

    exercises = Unicode("", config=True, help="The folder whose notebooks every student gets a copy of.")
    exercises_folder = Unicode("autograd-lecture", config=True, help="Where in the student's home they go.")
    cgroup_parent = Unicode("autograd-class", config=True, help="The cgroup, in the hub's, holding the students'.")
    max_processes = Integer(1024, config=True, help="Processes and threads a student may run at once.")

    _cgroups = None
    _join = ()

    def cgroups(self):
        if ClassSpawner._cgroups is None:
            ClassSpawner._cgroups = Cgroups(self.cgroup_parent, self.log)
        return ClassSpawner._cgroups

    async def start(self):
        import pwd
        entry = pwd.getpwnam(self.user.name)
        if self.exercises and os.path.isdir(self.exercises):
            copied = copy_exercises(self.exercises, entry.pw_dir, entry.pw_uid, entry.pw_gid, self.exercises_folder, self.log,
                                    self.user.name)
            if copied:
                self.log.info("autograd: copied %d notebooks into %s's %s", len(copied), self.user.name, self.exercises_folder)
        self._join = self.cgroups().prepare(self.user.name, self.mem_limit or 0, self.cpu_limit or 0, self.max_processes)
        return await super().start()

    def make_preexec_fn(self, name):
        become_user = super().make_preexec_fn(name)
        join, processes = list(self._join), self.max_processes

        def preexec():
            # in the child, before it becomes the student: os calls only (no locks after a fork)
            for procs in join:
                fd = os.open(procs, os.O_WRONLY)
                try:
                    os.write(fd, str(os.getpid()).encode())
                finally:
                    os.close(fd)
            os.umask(0o077)
            if processes:
                resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))
            become_user()

        return preexec

    async def stop(self, now=False):
        await super().stop(now=now)
        self.cgroups().remove(self.user.name)
