<?php
/**
 * Plugin Name:       Alliance Panorama
 * Description:       Shows the Alliance Migrations' panorama of inspiring local practices with the [alliance_panorama] shortcode. Everything is served from this site: no request to any other origin, no cookie.
 * Version:           0.1.0
 * Requires at least: 5.0
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       alliance-panorama
 *
 * Copy the files of packages/widget/dist/cdn/ (alliance-panorama.js and its chunks/ folder) into a cdn/ folder
 * next to this file, then write for example [alliance_panorama territory="grenoble" lock="1" lang="fr"] in a page.
 *
 * @package AlliancePanorama
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const ALLIANCE_PANORAMA_VERSION = '0.1.0';
const ALLIANCE_PANORAMA_HANDLE  = 'alliance-panorama';

/**
 * Whether WordPress has the script modules API (6.5 and later), which prints type="module" itself.
 *
 * @return bool
 */
function alliance_panorama_has_script_modules() {
	return function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' );
}

/**
 * Registers the widget's module from this plugin's own folder: nothing is loaded from another origin.
 */
function alliance_panorama_register() {
	$src = plugins_url( 'cdn/alliance-panorama.js', __FILE__ );
	if ( alliance_panorama_has_script_modules() ) {
		wp_register_script_module( ALLIANCE_PANORAMA_HANDLE, $src, array(), ALLIANCE_PANORAMA_VERSION );
	} else {
		wp_register_script( ALLIANCE_PANORAMA_HANDLE, $src, array(), ALLIANCE_PANORAMA_VERSION, true );
	}
}
add_action( 'init', 'alliance_panorama_register' );

/**
 * Before WordPress 6.5, classic scripts are printed without a type: the widget is an ES module, so its tag gets
 * type="module".
 *
 * @param string $tag    The script tag WordPress would print.
 * @param string $handle The script's handle.
 * @param string $src    The script's URL.
 * @return string
 */
function alliance_panorama_module_tag( $tag, $handle, $src ) {
	if ( ALLIANCE_PANORAMA_HANDLE !== $handle ) {
		return $tag;
	}
	return sprintf( '<script type="module" src="%s" id="%s-js"></script>' . "\n", esc_url( $src ), esc_attr( $handle ) );
}
if ( ! alliance_panorama_has_script_modules() ) {
	add_filter( 'script_loader_tag', 'alliance_panorama_module_tag', 10, 3 );
}

/**
 * The [alliance_panorama] shortcode: prints <alliance-panorama> with the given presets and enqueues the module.
 *
 * Attributes: territory, pillar, theme (space-separated ids), q (search text), lang (fr, en or es), lock ("1" to
 * fix the presets). Every value is escaped with esc_attr; an unknown lang is left out (the widget then follows
 * the page's language).
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function alliance_panorama_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'territory' => '',
			'pillar'    => '',
			'theme'     => '',
			'q'         => '',
			'lang'      => '',
			'lock'      => '',
		),
		$atts,
		'alliance_panorama'
	);

	if ( alliance_panorama_has_script_modules() ) {
		wp_enqueue_script_module( ALLIANCE_PANORAMA_HANDLE );
	} else {
		wp_enqueue_script( ALLIANCE_PANORAMA_HANDLE );
	}

	$attributes = '';
	foreach ( array( 'territory', 'pillar', 'theme', 'q' ) as $name ) {
		$value = trim( (string) $atts[ $name ] );
		if ( '' !== $value ) {
			$attributes .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
		}
	}
	$lang = strtolower( trim( (string) $atts['lang'] ) );
	if ( in_array( $lang, array( 'fr', 'en', 'es' ), true ) ) {
		$attributes .= sprintf( ' lang="%s"', esc_attr( $lang ) );
	}
	if ( in_array( strtolower( trim( (string) $atts['lock'] ) ), array( '1', 'true', 'yes', 'lock' ), true ) ) {
		$attributes .= ' lock';
	}

	return '<alliance-panorama' . $attributes . '></alliance-panorama>';
}
add_shortcode( 'alliance_panorama', 'alliance_panorama_shortcode' );
