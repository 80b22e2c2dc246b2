<?php
// One step on the test's WordPress, run as `php step.php <site> <step> [args]`: each step is
// its own PHP process, so only the plugins active at that moment are loaded (as in a request).
// Everything goes through WordPress's own functions: no SQL of ours.
[$self, $site, $step] = $argv + array( null, null, null );
$args                 = array_slice( $argv, 3 );
$_SERVER['HTTP_HOST'] = '127.0.0.1';
if ( 'install' === $step ) {
	define( 'WP_INSTALLING', true );
}
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

function out( $value ) {
	echo json_encode( $value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), "\n";
}

switch ( $step ) {
	case 'install':
		$result = wp_install( 'A lesson site', 'admin', 'admin@example.invalid', false, '', 'admin-password' );
		switch_theme( 'twentytwentythree' );
		out( array( 'user' => $result['user_id'], 'version' => get_bloginfo( 'version' ), 'theme' => get_stylesheet() ) );
		break;
	case 'activate':
		$r = activate_plugin( 'nn-elements/nn-elements.php' );
		if ( is_wp_error( $r ) ) {
			fwrite( STDERR, $r->get_error_message() . "\n" );
			exit( 1 );
		}
		out( get_option( 'active_plugins' ) );
		break;
	case 'deactivate':
		deactivate_plugins( 'nn-elements/nn-elements.php' );
		out( get_option( 'active_plugins' ) );
		break;
	case 'author':
		// A user with the Author role: no unfiltered_html, so kses filters what they save.
		$id = username_exists( 'author' );
		if ( ! $id ) {
			$id = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.invalid', 'role' => 'author' ) );
		}
		out( array( 'id' => $id, 'unfiltered_html' => user_can( $id, 'unfiltered_html' ) ) );
		break;
	case 'save':
		// [file, post id or 0]: the author saves the file's HTML as a published post (kses runs on save).
		wp_set_current_user( username_exists( 'author' ) );
		$post = array( 'post_title' => basename( $args[0] ), 'post_content' => file_get_contents( $args[0] ), 'post_status' => 'publish', 'post_type' => 'post' );
		if ( ! empty( $args[1] ) ) {
			$post['ID'] = (int) $args[1];
		}
		// wp_insert_post takes slashed data, as a form submission brings it.
		$id = wp_insert_post( wp_slash( $post ), true );
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() . "\n" );
			exit( 1 );
		}
		out( array( 'id' => $id, 'url' => get_permalink( $id ), 'kses' => false !== has_filter( 'content_save_pre', 'wp_filter_post_kses' ), 'content' => get_post( $id )->post_content ) );
		break;
	default:
		fwrite( STDERR, "step.php: unknown step $step\n" );
		exit( 2 );
}
