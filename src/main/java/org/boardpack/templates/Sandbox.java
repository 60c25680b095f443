package org.boardpack.templates;

import java.util.Locale;
import java.util.TimeZone;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/**
 * The FreeMarker configuration every template is checked and processed with. Whoever can
 * write a programme folder can write its templates, so a template sees the model and
 * nothing else: it cannot create objects ({@code ?new}), reach the Java API
 * ({@code ?api}) or call a method of any class but the model's own.
 */
public final class Sandbox {

	/**
	 * Where the model's classes live: the only classes whose methods a template may call.
	 */
	private static final String MODEL_PACKAGE = "org.boardpack.";

	private Sandbox() {
	}

	/**
	 * A configuration that lets a template format the model and nothing more. Used to
	 * check a programme's own templates when its folder is read, as well as to process
	 * them.
	 */
	public static Configuration configuration() {
		Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
		configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		configuration.setAPIBuiltinEnabled(false);
		configuration.setObjectWrapper(ModelOnlyAccess.wrapper(Configuration.VERSION_2_3_34, MODEL_PACKAGE));
		configuration.setDefaultEncoding("UTF-8");
		configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
		configuration.setLocale(Locale.UK);
		configuration.setTimeZone(TimeZone.getTimeZone("Europe/London"));
		configuration.setNumberFormat("computer");
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		configuration.setFallbackOnNullLoopVariable(false);
		return configuration;
	}

}
