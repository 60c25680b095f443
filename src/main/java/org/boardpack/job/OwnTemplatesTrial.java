package org.boardpack.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.pack.Pack;
import org.boardpack.pack.PackMaker;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.render.PackRenderer;
import org.boardpack.templates.TemplateFolderCheck;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Fills a programme's own templates with its data before anything is stored. A template
 * that is well formed but fails when filled in (it names a value the model does not have)
 * passes every check at reading; found at the render stage, it would leave the store
 * holding files that made no pack. The trial writes the whole pack into a throw-away
 * folder, so only a programme with templates of its own pays for it.
 */
@Component
class OwnTemplatesTrial {

	private final ObjectProvider<PackRenderer> renderers;

	private final PackMaker packs;

	OwnTemplatesTrial(ObjectProvider<PackRenderer> renderers, PackMaker packs) {
		this.renderers = renderers;
		this.packs = packs;
	}

	/** Throws the template's problem, at its file and line, as invalid input. */
	void fill(ProgrammeInput input, YearMonth period, Path programmeFolder) throws IOException {
		if (!Files.isDirectory(programmeFolder.resolve(TemplateFolderCheck.FOLDER))
				|| !input.settings().covers(period)) {
			return; // the shared templates are the installation's; a period outside is
					// refused at ingest
		}
		Pack pack = this.packs.beforeStoring(input, period, programmeFolder);
		Path folder = Files.createTempDirectory("boardpack-template-trial");
		try {
			for (PackRenderer renderer : this.renderers.orderedStream().toList()) {
				renderer.render(pack, folder);
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

}
