<?php
/**
 * Plugin Name:       nn-elements
 * Plugin URI:        https://www.npmjs.com/package/nn-elements
 * Description:       Interactive neural-network exercises in posts and pages: the &lt;nn-graph&gt;, &lt;nn-dataset-plot&gt;, &lt;nn-playground&gt; and &lt;nn-quiz-task&gt; elements, for every author, and as shortcodes.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       nn-elements
 *
 * What it does, and why:
 * - kses (the filter on posts of authors without unfiltered_html) removes unknown tags; the
 *   tags, their attributes and the quiz's data-* markers are allowed from dist/allowlist.json,
 *   the same list the package documents for other sanitizers. Everything else keeps kses's
 *   protection: on* handlers, <script> and javascript: URLs still go.
 * - kses also turns a tag whose attribute value holds "<" into text (the quiz's
 *   goal="train-loss < 0.2 && …"), so before it runs, "<" and ">" inside our tags' quoted
 *   values are written as entities: the browser reads the same value back.
 * - wpautop wraps lines of classic content in <p>, which would close a quiz early and leave
 *   its markers outside it; our elements are held out of the content filters that reshape
 *   text (wpautop, wptexturize) and put back unchanged.
 * - The elements' script is loaded once, as a module, only on pages whose content uses them.
 */

defined( 'ABSPATH' ) || exit;

define( 'NN_ELEMENTS_VERSION', '0.1.0' );
define( 'NN_ELEMENTS_TAGS', 'nn-graph|nn-dataset-plot|nn-playground|nn-quiz-task' );

/** The package's allowlist: tag => attributes, and '*' => the quiz's markers. */
function nn_elements_allowlist() {
	static $list = null;
	if ( null === $list ) {
		$json = @file_get_contents( __DIR__ . '/dist/allowlist.json' );
		$list = $json ? json_decode( $json, true ) : null;
		if ( ! is_array( $list ) ) {
			$list = array();
			error_log( 'nn-elements: dist/allowlist.json is missing or unreadable; the plugin allows no element. Reinstall the plugin.' );
		}
	}
	return $list;
}

/** Our tags, their attributes, and the markers on the elements a quiz's content uses. */
function nn_elements_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	$allow   = nn_elements_allowlist();
	$markers = isset( $allow['*'] ) ? $allow['*'] : array();
	foreach ( $allow as $tag => $attributes ) {
		if ( '*' === $tag ) {
			continue;
		}
		$tags[ $tag ] = array_fill_keys( array_map( 'strtolower', $attributes ), true );
	}
	foreach ( array( 'p', 'div', 'span', 'li', 'ul', 'ol', 'section', 'figure', 'strong', 'em' ) as $tag ) {
		if ( isset( $tags[ $tag ] ) && is_array( $tags[ $tag ] ) ) {
			foreach ( $markers as $marker ) {
				$tags[ $tag ][ $marker ] = true;
			}
		}
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'nn_elements_kses_allowed_html', 10, 2 );

/**
 * Our opening tags and shortcodes, with "<" and ">" in their quoted attribute values written as
 * entities. Before kses: it would turn such a tag into text, and escape a shortcode's quotes.
 * Before a shortcode runs: WordPress empties a shortcode attribute holding a "<".
 * The browser reads the same value back.
 */
function nn_elements_encode_values( $content ) {
	if ( ! is_string( $content ) || ( false === stripos( $content, '<nn-' ) && false === stripos( $content, '[nn-' ) ) ) {
		return $content;
	}
	$opening = '~([<\[])(' . NN_ELEMENTS_TAGS . ')((?:\s+[^\s"\'<>\[\]/=]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s"\'=<>`\[\]]+))?)*)(\s*/?[>\]])~i';
	return preg_replace_callback(
		$opening,
		function ( $m ) {
			if ( ( '<' === $m[1] ) !== ( '>' === substr( $m[4], -1 ) ) ) {
				return $m[0];
			}
			$attrs = preg_replace_callback(
				'~=\s*("[^"]*"|\'[^\']*\')~',
				function ( $v ) {
					return '=' . strtr( $v[1], array( '<' => '&lt;', '>' => '&gt;' ) );
				},
				$m[3]
			);
			return $m[1] . $m[2] . $attrs . $m[4];
		},
		$content
	);
}
// Before wp_pre_kses_less_than (priority 10).
add_filter( 'pre_kses', 'nn_elements_encode_values', 5 );

/** Elements held out of the text filters during one the_content run. */
$GLOBALS['nn_elements_held'] = array();

/**
 * Whole elements of ours, our enclosing quiz shortcode, and the author's HTML comments (not the
 * block editor's, which do_blocks reads next): what wpautop and wptexturize must not touch
 * (wpautop would put a comment on its own line in an empty paragraph).
 */
function nn_elements_hold( $content ) {
	if ( ! is_string( $content ) || ( false === stripos( $content, '<nn-' ) && false === stripos( $content, '[nn-' ) ) ) {
		return $content;
	}
	nn_elements_enqueue();
	$content = nn_elements_encode_values( $content );
	$element = '~<(' . NN_ELEMENTS_TAGS . ')\b(?:"[^"]*"|\'[^\']*\'|[^"\'>])*>.*?</\1\s*>|\[nn-quiz-task\b[^\]]*\].*?\[/nn-quiz-task\]|<!--(?!\s*/?wp:).*?-->~is';
	return preg_replace_callback(
		$element,
		function ( $m ) {
			$GLOBALS['nn_elements_held'][] = $m[0];
			// A block element (so wpautop puts no <p> around it) that no author writes.
			return "\n<div data-nn-elements-held=\"" . ( count( $GLOBALS['nn_elements_held'] ) - 1 ) . "\"></div>\n";
		},
		$content
	);
}

/** Puts back what nn_elements_hold took out, as it was. */
function nn_elements_release( $content ) {
	if ( empty( $GLOBALS['nn_elements_held'] ) || ! is_string( $content ) ) {
		return $content;
	}
	$held                        = $GLOBALS['nn_elements_held'];
	$GLOBALS['nn_elements_held'] = array();
	return preg_replace_callback(
		'~(?:<p>\s*)?<div data-nn-elements-held="(\d+)"></div>(?:\s*</p>)?~',
		function ( $m ) use ( $held ) {
			return isset( $held[ (int) $m[1] ] ) ? $held[ (int) $m[1] ] : '';
		},
		$content
	);
}
// Around wpautop and wptexturize (priority 10); the release is added later at 10, so it runs after them, and before do_shortcode (11).
add_filter( 'the_content', 'nn_elements_hold', 8 );
add_filter( 'the_content', 'nn_elements_release', 10 );

/** The attributes of a shortcode, through the same allowlist as kses, escaped. */
function nn_elements_shortcode_attributes( $tag, $atts ) {
	$allow = nn_elements_allowlist();
	$names = isset( $allow[ $tag ] ) ? array_map( 'strtolower', $allow[ $tag ] ) : array();
	$out   = '';
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word ([nn-graph flowing]): a boolean attribute.
			$name  = strtolower( (string) $value );
			$value = '';
		}
		$name = strtolower( $name );
		if ( in_array( $name, $names, true ) ) {
			$out .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $out;
}

/** [nn-graph …], [nn-dataset-plot …], [nn-playground …], and [nn-quiz-task …]content[/nn-quiz-task]. */
function nn_elements_shortcode( $atts, $content, $tag ) {
	nn_elements_enqueue();
	$inner = null === $content ? '' : do_shortcode( $content );
	return '<' . $tag . nn_elements_shortcode_attributes( $tag, $atts ) . '>' . $inner . '</' . $tag . '>';
}
foreach ( explode( '|', NN_ELEMENTS_TAGS ) as $nn_elements_tag ) {
	add_shortcode( $nn_elements_tag, 'nn_elements_shortcode' );
}

/** Whether the post this request shows uses our tags or shortcodes (known before the head is printed). */
function nn_elements_queried_post_uses_them() {
	$post = is_singular() ? get_queried_object() : null;
	return $post instanceof WP_Post && ( false !== stripos( $post->post_content, '<nn-' ) || false !== stripos( $post->post_content, '[nn-' ) );
}

/**
 * In the head of a page showing such a post: the stylesheet that holds each element's space
 * until the script defines it (so the page does not jump), and the script itself.
 */
function nn_elements_head_assets() {
	if ( nn_elements_queried_post_uses_them() ) {
		wp_enqueue_style( 'nn-elements', plugins_url( 'dist/nn-elements.css', __FILE__ ), array(), NN_ELEMENTS_VERSION );
		nn_elements_enqueue();
	}
}
add_action( 'wp_enqueue_scripts', 'nn_elements_head_assets' );

/** The elements' module script, once per page, from the first content that uses them. */
function nn_elements_enqueue() {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done = true;
	$src  = plugins_url( 'dist/nn-elements.js', __FILE__ );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'nn-elements', $src, array(), NN_ELEMENTS_VERSION );
		return;
	}
	// WordPress before 6.5 has no script modules: a module script tag, in the head when it is
	// still to come (block themes render the content first), else in the footer.
	$print = function () use ( $src ) {
		echo wp_get_script_tag( array( 'type' => 'module', 'src' => add_query_arg( 'ver', NN_ELEMENTS_VERSION, $src ) ) ); // phpcs:ignore WordPress.Security.EscapeOutput
	};
	if ( did_action( 'wp_head' ) ) {
		add_action( 'wp_footer', $print );
	} else {
		add_action( 'wp_head', $print );
	}
}
