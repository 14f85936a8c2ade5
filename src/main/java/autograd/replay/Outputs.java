package autograd.replay;

import autograd.picture.OutputTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every path a replay will write, looked at before its first cell runs, so a bad one is said at once and not after
 * the whole replay: each transcript (not a folder, a device, a named pipe or a socket; in a folder that takes new
 * files; not one of the replay's scripts, nor another transcript), the Markdown transcript's picture folder, and
 * each script's picture folder ({@code graphs/replays/SCRIPT/}).
 */
final class Outputs {
    private Outputs() {}

    /** Why the replay cannot write what it would, in one sentence; null when every path is fine. */
    static String refused(Replay.Options o) {
        List<Path> written = new ArrayList<>();
        for (Path transcript : transcripts(o)) {
            if (o.scripts().stream().anyMatch(script -> same(script, transcript)))
                return "The transcript " + transcript + " is also a script of this replay; write it to another file.";
            if (written.stream().anyMatch(other -> same(other, transcript)))
                return "Two transcripts would be written to " + transcript + "; give each a file of its own.";
            written.add(transcript);
            String why = OutputTarget.problem(transcript);
            if (why != null) return "Cannot write the transcript " + transcript + ": " + why + ".";
        }
        if (o.md() != null) {
            Path pictures = MarkdownTranscript.pictureFolder(o.md());
            String why = OutputTarget.folderProblem(pictures);
            if (why != null) return "Cannot write the Markdown transcript's pictures: " + why + ".";
        }
        for (Path script : o.scripts()) {
            String why = OutputTarget.folderProblem(ScriptRun.folderFor(script));
            if (why != null) return "Cannot draw " + script.getFileName() + "'s pictures: " + why
                    + "; set another folder with AUTOGRAD_OUT.";
        }
        return null;
    }

    private static List<Path> transcripts(Replay.Options o) {
        List<Path> all = new ArrayList<>();
        for (Path p : java.util.Arrays.asList(o.html(), o.md(), o.ipynb())) if (p != null) all.add(p);
        return all;
    }

    /** Whether two paths name one file (the second need not exist yet). */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException e) {
            // fall back to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
