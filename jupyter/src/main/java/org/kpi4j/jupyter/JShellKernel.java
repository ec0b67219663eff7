package org.kpi4j.jupyter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.reply.HistoryReply;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;

/**
 * The kernel: JJava's protocol handling (ZeroMQ sockets, message signing, execute, complete,
 * inspect, is-complete, interrupt and shutdown requests) over a {@link CellEvaluator}, with values
 * shown through {@link MimeBundles} and errors as one line naming the cell's line.
 */
final class JShellKernel extends BaseKernel {

    private final CellEvaluator evaluator;

    JShellKernel(CellEvaluator evaluator) {
        super("kpi4j", KpiKernel.VERSION,
                new LanguageInfo.Builder("java").version(String.valueOf(Runtime.version().feature())).mimetype("text/x-java-source")
                        .fileExtension(".jshell").pygments("java").codemirror("text/x-java").build(),
                List.of(), null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(), null,
                new MagicsRegistry(), false, new StringStyler.Builder().build());
        this.evaluator = evaluator;
    }

    @Override
    public String getBanner() {
        return "kpi4j " + KpiKernel.VERSION + " on Java " + Runtime.version() + " (JShell); kpi4j's packages are imported";
    }

    /**
     * Replies with the status field that protocol 5 requires of every reply and JJava 1.0-a6 leaves
     * out of kernel_info_reply (jupyter_kernel_test's schema check fails without it).
     */
    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> request) {
        env.setBusyDeferIdle();
        env.reply(new OkKernelInfoReply(Header.PROTOCOL_VERISON, name, version, getLanguageInfo(), getBanner(),
                getHelpLinks()));
    }

    /** The kernel keeps no history: it says so with an empty list instead of leaving the request unanswered. */
    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> request) {
        env.setBusyDeferIdle();
        env.reply(new OkHistoryReply());
    }

    /** kernel_info_reply with {@code "status": "ok"}; Gson writes the field of the subclass too. */
    static final class OkKernelInfoReply extends KernelInfoReply {
        @SuppressWarnings("unused")
        private final String status = "ok";

        OkKernelInfoReply(String protocol, String name, String version, LanguageInfo info, String banner,
                List<org.dflib.jjava.jupyter.kernel.HelpLink> links) {
            super(protocol, name, version, info, banner, links);
        }
    }

    /** An empty history_reply with {@code "status": "ok"}. */
    static final class OkHistoryReply extends HistoryReply {
        @SuppressWarnings("unused")
        private final String status = "ok";

        OkHistoryReply() {
            super(List.of());
        }
    }

    /** Runs a cell; its value, if any, is returned already as display data. */
    @Override
    public Object evalRaw(String source) {
        CellEvaluator.Value v = evaluator.eval(source);
        return v.present() ? displayData(v.object()) : null;
    }

    /**
     * Converts a value to JJava's display data through {@link MimeBundles}, the one place values
     * become HTML or pictures.
     *
     * @param value the value, may be null
     * @return the display data
     */
    static DisplayData displayData(Object value) {
        DisplayData d = new DisplayData();
        for (Map.Entry<String, String> e : MimeBundles.of(value).entrySet()) {
            d.putData(e.getKey(), e.getValue());
        }
        return d;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return evaluator.inspect(code, at).map(DisplayData::new).orElse(null);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        CellEvaluator.Completion c = evaluator.complete(code, at);
        return new ReplacementOptions(c.matches(), c.start(), c.end());
    }

    @Override
    public String isComplete(String code) {
        switch (evaluator.isComplete(code)) {
            case "complete":
                return IS_COMPLETE_YES;
            case "incomplete":
                return "    "; // the indent of the next line
            default:
                return IS_COMPLETE_BAD;
        }
    }

    /** Called on the control channel's thread while a cell runs on the shell's. */
    @Override
    public void interrupt() {
        evaluator.stop();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        super.onShutdown(isRestarting);
        evaluator.close();
    }

    /**
     * Returns the error as the one line a notebook shows under the cell: {@code line 3: ...} for a
     * cell's error, the exception's name and message for anything else (a value that cannot be
     * drawn, say); never a stack trace of the kernel's own frames.
     */
    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof CellError) {
            return List.of(e.getMessage());
        }
        String m = e.getMessage();
        return List.of(e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + CellError.oneLine(m)));
    }
}
