package it.anci.welfare.web;

import java.util.Set;

import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IComment;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * Drops the indentation of the templates from the HTML they write: repeated by every
 * loop, it was a fifth of the catalogue page (29 of 166 KB, issue 16). White space
 * between two tags becomes one newline or space, a run of such texts one, and the spaces
 * after a newline inside a text go. A browser renders the page the same (it collapses
 * that white space anyway; newlines stay, for {@code white-space: pre-line}); nothing
 * changes inside {@code pre}, {@code textarea}, {@code script} or {@code style}.
 */
@Component
class CompactHtml extends AbstractDialect implements IPostProcessorDialect {

	CompactHtml() {
		super("compact-html");
	}

	@Override
	public int getDialectPostProcessorPrecedence() {
		return 1000;
	}

	@Override
	public Set<IPostProcessor> getPostProcessors() {
		return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
	}

	/** One per template execution (Thymeleaf creates it): not shared between threads. */
	public static final class Handler extends AbstractTemplateHandler {

		private static final Set<String> KEEP_TEXT = Set.of("pre", "textarea", "script", "style");

		private int keeping;

		/**
		 * The last event written was white space only: another one right after it adds
		 * nothing.
		 */
		private boolean afterBlank;

		@Override
		public void handleOpenElement(IOpenElementTag tag) {
			if (KEEP_TEXT.contains(tag.getElementCompleteName())) {
				this.keeping++;
			}
			this.afterBlank = false;
			super.handleOpenElement(tag);
		}

		@Override
		public void handleCloseElement(ICloseElementTag tag) {
			if (this.keeping > 0 && KEEP_TEXT.contains(tag.getElementCompleteName())) {
				this.keeping--;
			}
			this.afterBlank = false;
			super.handleCloseElement(tag);
		}

		@Override
		public void handleStandaloneElement(IStandaloneElementTag tag) {
			this.afterBlank = false;
			super.handleStandaloneElement(tag);
		}

		@Override
		public void handleComment(IComment comment) {
			this.afterBlank = false;
			super.handleComment(comment);
		}

		@Override
		public void handleText(IText text) {
			if (this.keeping > 0) {
				super.handleText(text);
				return;
			}
			boolean blank = blank(text);
			if (blank && this.afterBlank) {
				return;
			}
			this.afterBlank = blank;
			String shrunk = blank ? (contains(text, '\n') ? "\n" : " ") : withoutIndentation(text);
			super.handleText(shrunk == null || shrunk.contentEquals(text) ? text
					: getContext().getModelFactory().createText(shrunk));
		}

		private static boolean blank(CharSequence text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
					return false;
				}
			}
			return true;
		}

		private static boolean contains(CharSequence text, char wanted) {
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == wanted) {
					return true;
				}
			}
			return false;
		}

		/**
		 * The text without the spaces and tabs that follow a newline (the indentation of
		 * a template line), or null if it has none. Newlines stay, so a
		 * {@code white-space: pre-line} paragraph keeps its lines.
		 */
		private static String withoutIndentation(CharSequence text) {
			StringBuilder result = null;
			boolean afterNewline = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				boolean indentation = afterNewline && (c == ' ' || c == '\t');
				if (indentation && result == null) {
					result = new StringBuilder(text.length()).append(text, 0, i);
				}
				if (!indentation) {
					afterNewline = c == '\n';
					if (result != null) {
						result.append(c);
					}
				}
			}
			return result == null ? null : result.toString();
		}

	}

}
