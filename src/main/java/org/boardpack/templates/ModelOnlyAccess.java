package org.boardpack.templates;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Version;

/**
 * What a template may call: the accessors of the model's own classes (records and enums
 * of one package tree), with FreeMarker's usual rules; nothing at all of any other class,
 * so a template cannot climb from the model to the Java platform. Lists, maps, strings,
 * numbers and dates are still read as FreeMarker values.
 */
final class ModelOnlyAccess implements MemberAccessPolicy {

	private static final ClassMemberAccessPolicy NOTHING = new ClassMemberAccessPolicy() {

		@Override
		public boolean isMethodExposed(Method method) {
			return false;
		}

		@Override
		public boolean isConstructorExposed(Constructor<?> constructor) {
			return false;
		}

		@Override
		public boolean isFieldExposed(Field field) {
			return false;
		}

	};

	private final MemberAccessPolicy usual;

	private final String modelPackage;

	private ModelOnlyAccess(Version version, String modelPackage) {
		this.usual = DefaultMemberAccessPolicy.getInstance(version);
		this.modelPackage = modelPackage;
	}

	static DefaultObjectWrapper wrapper(Version version, String modelPackage) {
		DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(version);
		builder.setMemberAccessPolicy(new ModelOnlyAccess(version, modelPackage));
		builder.setExposeFields(false);
		return builder.build();
	}

	@Override
	public ClassMemberAccessPolicy forClass(Class<?> type) {
		return type.getName().startsWith(this.modelPackage) ? this.usual.forClass(type) : NOTHING;
	}

	@Override
	public boolean isToStringAlwaysExposed() {
		return true;
	}

}
