<?php
/**
 * Server render of kundeportal/help: the chosen help page or the built-in guide.
 *
 * @package Kundeportal
 *
 * @var array $attributes Block attributes (forManager).
 */

defined( 'ABSPATH' ) || exit;

$kundeportal_help = ( new \Kundeportal\Account\HelpContent() )->html( ! empty( $attributes['forManager'] ) );
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'kundeportal kundeportal-help' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- get_block_wrapper_attributes() escapes its output. ?>>
	<?php echo $kundeportal_help; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- Escaped in HelpContent (guide) or core's the_content (the admin's page). ?>
</div>
