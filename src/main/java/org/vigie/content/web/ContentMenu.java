package org.vigie.content.web;

import java.util.ArrayList;
import java.util.List;

import org.vigie.content.ContentPaths;
import org.vigie.site.Language;
import org.vigie.site.MenuContributor;
import org.vigie.site.MenuItem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The news and the page tree in the main navigation.
 */
@Component
class ContentMenu implements MenuContributor {

	private final PageTree tree;

	private final MessageSource messages;

	ContentMenu(PageTree tree, MessageSource messages) {
		this.tree = tree;
		this.messages = messages;
	}

	@Override
	public List<MenuItem> menu(Language language) {
		List<MenuItem> items = new ArrayList<>();
		items.add(new MenuItem(this.messages.getMessage("news.title", null, language.locale()),
				ContentPaths.news(language), List.of()));
		this.tree.roots(language).stream().filter(PageTree.Node::inMenu).forEach((node) -> items.add(item(node)));
		return items;
	}

	/** A page of the menu, with those of its sub-pages shown in the menu. */
	private static MenuItem item(PageTree.Node node) {
		return new MenuItem(node.title(), node.path(),
				node.children().stream().filter(PageTree.Node::inMenu).map(ContentMenu::item).toList());
	}

	@Override
	public int menuOrder() {
		return 0;
	}

}
