package it.anci.welfare.catalogue;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One catalogue page costs a bounded number of SQL statements whatever the filters (no
 * N+1).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueStatementCountTests {

	/**
	 * The content version (whether the page kept by web.RenderedPages is current), the
	 * catalogue version (facet index freshness), the lexemes of a wording not searched
	 * lately and the text matches when there is a text, the rows shown.
	 */
	static final int MAX_STATEMENTS_PER_PAGE = 5;

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/pratiche", "/pratiche?q=anziani", "/pratiche?q=anziani+telefono&ordina=comune",
			"/pratiche?regione=lombardia&regione=lazio&area=OS4&utenza=ELD&tipo=NUOVO&intervento=CONSEGNE",
			"/pratiche?provincia=PG&dimensione=fino-5000&prosegue=si&fonte=documentata&pagina=2",
			"/pratiche?regione=valle-d-aosta&dimensione=oltre-100000" })
	void aCataloguePageRunsAtMostFiveStatements(String url) {
		// warms the taxonomy and territory caches (place names are read once, at the
		// first text search)
		assertThat(this.mvc.get().uri("/pratiche?q=welfare").exchange()).hasStatusOk();
		QueryCountHolder.clear();
		assertThat(this.mvc.get().uri(url).exchange()).hasStatusOk();
		assertThat(QueryCountHolder.getGrandTotal().getTotal()).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
	}

	@TestConfiguration
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource
							&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
									? ProxyDataSourceBuilder.create(dataSource).countQuery().build() : bean;
				}
			};
		}

	}

}
