package it.anci.welfare.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreferBrotliTests {

	@Test
	void brotliGoesFirstUnlessRefused() {
		assertThat(PreferBrotli.brotliFirst("gzip, deflate, br, zstd")).isEqualTo("br, gzip, deflate, zstd");
		assertThat(PreferBrotli.brotliFirst("gzip,br;q=0.5")).isEqualTo("br;q=0.5, gzip");
		assertThat(PreferBrotli.brotliFirst("gzip, br;q=0")).isEqualTo("gzip, br;q=0");
		assertThat(PreferBrotli.brotliFirst("gzip")).isEqualTo("gzip");
		assertThat(PreferBrotli.brotliFirst("identity")).isEqualTo("identity");
	}

}
