"""The kpi4j kernel's Jupyter protocol, tested through jupyter_client as Jupyter itself talks to it.

Run with the kernel spec installed where Jupyter looks (kpi notebook --install, or JUPYTER_PATH):

    /usr/bin/python3 jupyter/src/test/python/kernel_protocol_test.py

The kernel is named by KPI4J_KERNEL (default kpi4j). jupyter_kernel_test (Debian's
python3-jupyter-kernel-test), where installed, checks every message against the protocol's schema;
the tests below check what that package does not: error lines, interrupt, shutdown, rich values.
Without jupyter_client the script prints a line saying why and exits 0 without testing.
"""
import os
import sys
import time
import unittest

try:
    from jupyter_client.manager import start_new_kernel
    from jupyter_client.utils import run_sync
except ImportError:
    print("SKIPPED: jupyter_client is not installed (Debian: apt-get install python3-jupyter-client); "
          "the kernel's protocol tests did not run")
    sys.exit(0)

KERNEL = os.environ.get("KPI4J_KERNEL", "kpi4j")
STARTUP = 120  # seconds: a JVM, JShell and the start-up imports
TIMEOUT = 60

try:
    import jupyter_kernel_test
except ImportError:
    jupyter_kernel_test = None
    print("NOTE: jupyter_kernel_test is not installed (Debian: python3-jupyter-kernel-test); "
          "messages are not checked against the protocol's schema")

HOLDERS = 'Datasets.load("paratera").series("paratera", "shareholder_count")'


def start():
    return start_new_kernel(kernel_name=KERNEL, startup_timeout=STARTUP)


def outputs(kc, code, timeout=TIMEOUT):
    """Runs code; returns the execute_reply content and the iopub messages other than status/input."""
    got = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=got.append)
    return reply["content"], [m for m in got if m["msg_type"] not in ("status", "execute_input")]


if jupyter_kernel_test is not None:

    class SchemaTests(jupyter_kernel_test.KernelTests):
        """jupyter_kernel_test's checks: every reply validated against the protocol's message schema."""

        kernel_name = KERNEL
        language_name = "java"
        file_extension = ".jshell"

        @classmethod
        def setUpClass(cls):
            cls.km, cls.kc = start()

        code_hello_world = 'System.out.println("hello, world")'
        code_stderr = 'System.err.println("to stderr")'
        completion_samples = [{"text": "Datasets.lo", "matches": {"load("}}]
        complete_code_samples = ["1 + 1", "int x = 1;", "for (int i = 0; i < 2; i++) { }"]
        incomplete_code_samples = ["for (int i = 0; i < 2; i++) {", "Math.max(1,"]
        invalid_code_samples = ["1 +)"]
        code_generate_error = 'throw new IllegalStateException("boom");'
        code_execute_result = [
            {"code": "6 * 7", "result": "42"},
            {"code": HOLDERS, "mime": "text/html"},
        ]
        code_display_data = [
            {"code": "display(Charts.line(" + HOLDERS + ", ChartOptions.en()));", "mime": "image/png"},
        ]
        code_inspect_sample = "Datasets.load("


class KpiKernelTests(unittest.TestCase):
    """What a notebook user sees: values, one-line errors, interrupts, a clean shutdown."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start()

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def test_value_isAnHtmlTable_withPlainTextBeside(self):
        reply, msgs = outputs(self.kc, HOLDERS + ".growth(GrowthKind.DEFAULT, GrowthConvention.FILING)")
        self.assertEqual(reply["status"], "ok")
        data = [m for m in msgs if m["msg_type"] == "execute_result"][0]["content"]["data"]
        self.assertIn("<table", data["text/html"])
        self.assertIn("+127.04%", data["text/html"])  # 18,170 / 8,003 - 1
        self.assertIn("+127.04%", data["text/plain"])

    def test_chart_isAPng(self):
        reply, msgs = outputs(self.kc, "Charts.line(" + HOLDERS + ", ChartOptions.en())")
        self.assertEqual(reply["status"], "ok")
        data = [m for m in msgs if m["msg_type"] == "execute_result"][0]["content"]["data"]
        self.assertTrue(data["image/png"].startswith("iVBORw0KGgo"))  # base64 of the PNG signature

    def test_error_isOneLine_namingTheCellsLine(self):
        reply, msgs = outputs(self.kc, "int a = 1;\nint b = a +\n  zz;")
        self.assertEqual(reply["status"], "error")
        errors = [m["content"] for m in msgs if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1)
        self.assertEqual(errors[0]["traceback"], ["line 3: cannot find symbol (symbol: variable zz)"])

    def test_exception_namesItsLine(self):
        reply, msgs = outputs(self.kc, 'int c = 1;\nUnit.parse("RMB bn")')
        self.assertEqual(reply["status"], "error")
        (error,) = [m["content"] for m in msgs if m["msg_type"] == "error"]
        self.assertEqual(len(error["traceback"]), 1)
        self.assertTrue(error["traceback"][0].startswith("line 2: "), error["traceback"])
        self.assertIn("RMB bn", error["traceback"][0])

    def test_interrupt_endsTheCell_andTheKernelKeepsItsState(self):
        outputs(self.kc, "int kept = 41;")
        msg_id = self.kc.execute("Thread.sleep(120_000);")
        time.sleep(3)
        t0 = time.time()
        self.km.interrupt_kernel()
        while True:
            reply = self.kc.get_shell_msg(timeout=TIMEOUT)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        self.assertLess(time.time() - t0, 15)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["evalue"], "line 1: interrupted")
        reply, msgs = outputs(self.kc, "kept + 1")
        self.assertEqual([m["content"]["data"]["text/plain"] for m in msgs if m["msg_type"] == "execute_result"], ["42"])


class ShutdownTests(unittest.TestCase):

    def test_shutdownRequest_endsTheProcess_byItself(self):
        km, kc = start()
        try:
            outputs(kc, "1 + 1")
            km.request_shutdown()
            deadline = time.time() + 20
            while km.is_alive() and time.time() < deadline:
                time.sleep(0.2)
            self.assertFalse(km.is_alive(), "the kernel was still running 20 s after shutdown_request")
            self.assertEqual(run_sync(km.provisioner.poll)(), 0)
        finally:
            kc.stop_channels()
            if km.is_alive():
                km.shutdown_kernel(now=True)

    def test_restart_startsAfresh(self):
        km, kc = start()
        try:
            outputs(kc, "int before = 1;")
            km.restart_kernel(now=False)
            kc.wait_for_ready(timeout=STARTUP)
            reply, msgs = outputs(kc, "before")
            self.assertEqual(reply["status"], "error")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
