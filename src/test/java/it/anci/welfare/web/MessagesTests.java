package it.anci.welfare.web;

import java.util.Locale;

import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interface's texts come from the {@code spring.messages} settings, formatted without
 * a lock shared by every page.
 */
@PortalTest
class MessagesTests {

	@Autowired
	MessageSource messages;

	@Test
	void textsAreReadFromTheConfiguredBundlesInBothLanguages() {
		assertThat(this.messages).isInstanceOf(Messages.UncontendedMessageSource.class);
		assertThat(this.messages.getMessage("common.notInSource", null, Locale.ITALIAN))
			.isEqualTo("Non indicato nella fonte");
		assertThat(this.messages.getMessage("common.notInSource", null, Locale.ENGLISH))
			.isNotEqualTo("Non indicato nella fonte");
	}

	@Test
	void eachLookupFormatsWithItsOwnCopy() {
		var source = (Messages.UncontendedMessageSource) this.messages;
		String key = "catalogue.place.region";
		assertThat(source.getMessage(key, new Object[] { "Umbria" }, Locale.ITALIAN)).isEqualTo("Regione Umbria");
		assertThat(source.resolveCode(key, Locale.ITALIAN)).isNotNull()
			.isNotSameAs(source.resolveCode(key, Locale.ITALIAN));
	}

}
