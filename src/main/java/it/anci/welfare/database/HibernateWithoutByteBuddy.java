package it.anci.welfare.database;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Gives Hibernate its "none" bytecode provider. hibernate-core registers Byte Buddy's as
 * a Java service, but the jar leaves Byte Buddy out (4.7 MB, see pom.xml): the entities
 * have no lazy attribute or association, so Hibernate has nothing to proxy or enhance.
 * Registered in {@code META-INF/services}; a provided service replaces the one Hibernate
 * would look up.
 */
public final class HibernateWithoutByteBuddy implements ServiceContributor {

	@Override
	public void contribute(StandardServiceRegistryBuilder registry) {
		registry.addService(BytecodeProvider.class, new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
	}

}
