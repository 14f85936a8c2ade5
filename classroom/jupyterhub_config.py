# JupyterHub 3 for a class learning micrograd in Java: one machine, each student one of its system users.
#
#     sudo jupyterhub -f /path/to/autograd-jshell/classroom/jupyterhub_config.py
#
# The README's "For a class" gives the whole set-up. Students log in with their system account and password (PAM,
# JupyterHub's default) if they are in the group STUDENTS_GROUP; each gets a notebook server of their own, running as
# them (LocalProcessSpawner, the default), with the kernel "Java (autograd-jshell)" (installed for every user with
# `scripts/autograd kernel install --sys-prefix`) and the lecture's notebooks, copied into ~/autograd-lecture when
# their server starts (a notebook they already have is never overwritten). A student's server and all their kernels
# share MEMORY_PER_STUDENT and CPU_PER_STUDENT (a cgroup of theirs, where the machine has cgroups); each kernel also
# limits itself (its heap is 40% of MEMORY_PER_STUDENT). Restarting the hub leaves the students' servers and
# kernels running.
#
# A teacher changes the settings below (or sets the AUTOGRAD_CLASS_* variables); nothing else needs changing.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import autograd_class  # noqa: E402  (the spawner, beside this file)

c = get_config()  # noqa: F821  (JupyterHub's)
here = os.path.dirname(os.path.abspath(__file__))

# ---- settings
STUDENTS_GROUP = os.environ.get("AUTOGRAD_CLASS_GROUP", "students")     # who may log in (the teacher too)
TEACHERS = set(filter(None, os.environ.get("AUTOGRAD_CLASS_TEACHERS", "teacher").split(",")))   # admins
MEMORY_PER_STUDENT = os.environ.get("AUTOGRAD_CLASS_MEMORY", "1G")      # a student's server and all their kernels
CPU_PER_STUDENT = float(os.environ.get("AUTOGRAD_CLASS_CPUS", "1"))     # cores
EXERCISES = os.environ.get("AUTOGRAD_CLASS_EXERCISES", os.path.join(here, "..", "scripts", "exercises"))
STATE = os.environ.get("AUTOGRAD_CLASS_STATE", "/var/lib/autograd-class")   # the hub's database and secrets
PORT = int(os.environ.get("AUTOGRAD_CLASS_PORT", "8000"))

# ---- the hub
os.makedirs(STATE, mode=0o700, exist_ok=True)
c.JupyterHub.bind_url = "http://:%d" % PORT
c.JupyterHub.db_url = "sqlite:///" + os.path.join(STATE, "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(STATE, "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = os.path.join(STATE, "jupyterhub-proxy.pid")
c.JupyterHub.cleanup_servers = False          # a restarted hub finds its students' servers and kernels still running
if os.path.isdir("/usr/share/nodejs"):
    # Debian's configurable-http-proxy finds its modules there; a Node that is not Debian's does not look there itself
    os.environ["NODE_PATH"] = os.pathsep.join(filter(None, [os.environ.get("NODE_PATH"), "/usr/share/nodejs"]))

c.LocalAuthenticator.allowed_groups = {STUDENTS_GROUP}
c.Authenticator.admin_users = TEACHERS       # a teacher opens any student's server from the admin page

# ---- each student's server
c.JupyterHub.spawner_class = autograd_class.ClassSpawner
c.ClassSpawner.exercises = os.path.abspath(EXERCISES)
c.ClassSpawner.exercises_folder = "autograd-lecture"
c.Spawner.default_url = "/tree/autograd-lecture"
c.Spawner.mem_limit = MEMORY_PER_STUDENT
c.Spawner.cpu_limit = CPU_PER_STUDENT
c.Spawner.http_timeout = 120                  # a class starting at once on a small machine
c.Spawner.start_timeout = 120
c.Spawner.args = [
    "--MappingKernelManager.cull_idle_timeout=3600",   # a kernel nobody used for an hour gives its memory back
    "--MappingKernelManager.cull_interval=300",
    # Each server chooses its kernels' ports (free ones, let go until the kernel binds them), so while a class starts
    # at once two servers can choose the same port: the kernel that comes second says so and ends. Then it starts
    # again on new ports: it is in its first minute, and the server keeps no cache of the ports it chose.
    "--KernelRestarter.stable_start_time=60",
    "--KernelManager.cache_ports=False",
]
