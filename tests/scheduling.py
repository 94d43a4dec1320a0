"""pytest-xdist's ``--dist loadgroup`` scheduler with its cost per test cut (``conftest``'s
``pytest_xdist_make_scheduler`` puts it in place; the controller imports it, no worker).

The tests go where they went: a group's tests to one worker, biggest groups first, then
every other test wherever a worker is free. What changes is the controller's work, which
shares the two cores with the workers:

* A group (or a test of none) that has finished leaves its worker's workload. pytest-xdist
  3.8 keeps every one it ever sent and counts a worker's pending tests by walking them all,
  after each test and on each turn of its loop: quadratic, about 2 s of CPU for 3,400 tests.
* The tests of no group are sent several at a time, fewer as the queue empties, instead of
  one message per test.
* A test's place in a worker's collection is looked up, not searched for.
"""

from __future__ import annotations

from xdist.scheduler import LoadGroupScheduling
from xdist.workermanage import WorkerController

BATCH = 16
"""The most tests of no group sent to a worker in one message."""


class Batched(LoadGroupScheduling):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._places: dict[WorkerController, dict[str, int]] = {}

    def mark_test_complete(self, node: WorkerController, item_index: int,
                           duration: float = 0) -> None:
        nodeid = self.registered_collections[node][item_index]
        scope = self._split_scope(nodeid)
        workload = self.assigned_work[node]
        unit = workload[scope]
        unit[nodeid] = True
        if all(unit.values()):
            del workload[scope]
        self._reschedule(node)

    def _assign_work_unit(self, node: WorkerController) -> None:
        # The queue holds the groups first (biggest first), then one unit per test: a batch
        # is a group alone, or up to BATCH tests, fewer near the end so that the workers
        # finish together.
        assert self.workqueue
        most = max(1, min(BATCH, len(self.workqueue) // (4 * max(1, len(self.nodes)))))
        workload = self.assigned_work.setdefault(node, {})
        places = self._places.get(node)
        if places is None:
            places = self._places[node] = {
                nodeid: i for i, nodeid in enumerate(self.registered_collections[node])}
        indexes: list[int] = []
        while self.workqueue and (not indexes or len(indexes) + 1 <= most):
            scope, unit = next(iter(self.workqueue.items()))
            if indexes and len(unit) > 1:
                break  # a group goes in a message of its own
            del self.workqueue[scope]
            workload[scope] = unit
            indexes += [places[nodeid] for nodeid, done in unit.items() if not done]
        node.send_runtest_some(indexes)
